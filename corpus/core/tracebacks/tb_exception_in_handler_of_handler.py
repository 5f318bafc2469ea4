try:
    1 / 0
except ZeroDivisionError:
    try:
        [].pop()
    except IndexError:
        {}.popitem()
