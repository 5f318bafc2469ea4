print("{name} is {age}".format(name="Ann", age=30))
print("{a}{b}{a}".format(a=1, b=2))
print("{0} {x} {1}".format("p0", "p1", x="kx"))
print("{x:>{w}}|".format(x="r", w=4))
d = {"k": "v"}
print("{k}".format(**d))
print("{_under} {ünï}".format(_under=1, ünï=2))
try:
    "{name}".format(nome="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {missing}".format(1)
except KeyError as e:
    print(type(e).__name__, e)
