async def f():
    x = [(yield) for y in z]
