# conform: args -m ast --feature-version 3.4
async def f():
    [x async for x in y]
