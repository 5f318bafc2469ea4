# conform: args -m ast -a
x = 1; y = 2; z = 3;
if x: pass
while False: break
for i in []: continue
def f(): return 1
class C: pass
with a: pass
try: pass
except: pass
