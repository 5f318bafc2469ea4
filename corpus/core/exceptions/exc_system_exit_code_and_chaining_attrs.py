e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, hasattr(e, "__notes__"))
e.add_note("n1")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
e.__cause__ = None
print(e.__suppress_context__)
for a in [(), (3,), ("msg",), (1, 2)]:
    e = SystemExit(*a)
    print(repr(e.code))
print(StopIteration(5).value, StopIteration().value)
class MyExit(SystemExit):
    pass
e = MyExit(7)
print(e.code)
e.code = 9
print(e.code)
raise SystemExit("bye")
