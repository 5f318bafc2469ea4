def nothing():
    pass
class Empty:
    pass
if True:
    pass
print(nothing(), Empty.__name__)
for _ in range(2):
    pass
print(_)
while False:
    pass
print(...)
print(Ellipsis is ..., type(...).__name__)
