def grow(s):
    for x in s:
        s.add(x * 2)
grow({1, 2})
