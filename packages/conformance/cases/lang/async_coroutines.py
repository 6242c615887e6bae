# async def / await: coroutine objects, asyncio.run, gather ordering, sleep(0) interleaving, async with/for
import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
coro = square(3)
print(type(coro).__name__)
print(asyncio.run(coro))
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * steps
async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print("gather results:", results)
    print("interleaving:", log)
    total = 0
    for c in [square(i) for i in range(5)]:
        total += await c
    print("sequential awaits:", total)
    try:
        await failing()
    except ValueError as e:
        print("caught from coroutine:", e)
    async with Resource() as r:
        print("inside async with", r)
    vals = [v async for v in ticker(4)]
    print("async comprehension:", vals)
    async for v in ticker(2):
        print("async for", v)
    return "main done"
async def failing():
    await asyncio.sleep(0)
    raise ValueError("bad thing")
class Resource:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
print(asyncio.run(main()))
class Awaitable:
    def __await__(self):
        v = yield from asyncio.sleep(0).__await__()
        return "custom awaitable"
async def use_custom():
    return await Awaitable()
print(asyncio.run(use_custom()))
async def nested():
    return await square(await square(2))
print(asyncio.run(nested()))
c = square(1)
c.close()
print("closed coroutine without running")
async def gather_errors():
    r = await asyncio.gather(failing(), square(4), return_exceptions=True)
    return [type(x).__name__ if isinstance(x, Exception) else x for x in r]
print(asyncio.run(gather_errors()))
