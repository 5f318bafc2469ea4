# conform: args -m ast -a
import asyncio
async def fetch(x):
    await asyncio.sleep(0)
    return x
async def main():
    async with lock as a, other() as b:
        pass
    async with (lock as a, other() as b,):
        pass
    async for item in stream():
        pass
    else:
        pass
    result = await fetch(1)
    await (await fetch(2))
    values = [await fetch(i) for i in range(3)]
    gen = (x async for x in stream())
    others = {x: y async for x, y in pairs() if await check(x)}
    return await fetch(3) ** 2
