# conform: args -m ast -a
x = 1 + \
    2
if a and \
   b:
    pass
y = [1,
     2]  # implicit continuation inside brackets
z = (
    1
    +
    2
)
s = "abc" \
    "def"
def f(a,
      b):
    return \
        a
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
