# IndexError at the end of a chain of bytes method calls, uncaught
def third_field(line):
    return line.strip().split(b',')[2]
rows = [b' a,b,c ', b'x,y']
print([third_field(r) for r in rows])
