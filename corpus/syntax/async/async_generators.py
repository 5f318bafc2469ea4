# conform: args -m ast -a
async def agen():
    yield 1
    x = yield
    await something()
async def consume():
    async for v in agen():
        print(v)
    s = {v async for v in agen()}
    l = [v for v in [1] async for w in agen()]
class C:
    async def method(self):
        return [await x async for x in self]
    @staticmethod
    async def static(): ...
