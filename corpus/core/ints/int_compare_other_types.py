def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: 1 == '1')
attempt(lambda: 1 != None)
attempt(lambda: 1 < '2')
attempt(lambda: 2 ** 100 >= [1])
attempt(lambda: True > None)
attempt(lambda: 1.5 <= 'x')
attempt(lambda: sorted([3, '1']))
attempt(lambda: max(1, 'a'))
attempt(lambda: 1 < 2 < '3')
attempt(lambda: [1, 2] < [1, '2'])
