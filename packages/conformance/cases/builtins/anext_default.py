# anext(ait) and anext(ait, default) on async generators and async iterator classes
import asyncio
async def agen():
    yield 1
    yield 2
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    it = agen()
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Counter(2)
    print([await anext(c, -1) for _ in range(4)])
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
