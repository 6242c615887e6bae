async def f():
    await x
    await f(1)
    async for a in b:
        pass
    async for a in b:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    x = [i async for i in a]
    y = await a.b(c)
    z = await a ** 2
    return await x
@dec
async def g(a, *, b): pass
async def h():
    x = (await a)
    x = -await a
