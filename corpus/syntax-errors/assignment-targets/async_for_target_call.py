async def f():
    async for g() in x:
        pass
