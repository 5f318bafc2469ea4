# loops and try statements nested inside except handlers
try:
    raise ValueError("outer")
except ValueError as outer:
    for i in range(3):
        try:
            if i == 1:
                raise TypeError(i)
            print("ok", i)
        except TypeError as t:
            print("inner", repr(t), repr(t.__context__))
            continue
        finally:
            print("finally", i)
    print("still handling", repr(outer))
def lookup(keys, d):
    found = []
    for k in keys:
        try:
            found.append(d[k])
        except KeyError:
            try:
                found.append(int(k))
            except ValueError:
                found.append(None)
                continue
    return found
print(lookup(["a", "2", "x"], {"a": 1}))
total = 0
for chunk in [[1, 2], [3, "x"], [4]]:
    try:
        total += sum(chunk)
    except TypeError as e:
        for v in chunk:
            try:
                total += v
            except TypeError:
                break
print(total)
