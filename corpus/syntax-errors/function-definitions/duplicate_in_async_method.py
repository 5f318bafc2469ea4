class C:
    async def m(self, x, y, x=1):
        pass
