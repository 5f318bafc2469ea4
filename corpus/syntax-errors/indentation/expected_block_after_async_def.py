@decorator
async def f():
pass
