# continue inside finally discards the pending exception and keeps looping
def f():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i % 2:
                out.append(-i)
                continue
    return out
print(f())
