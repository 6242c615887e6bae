"""itertools — functions creating iterators for efficient looping.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/itertools.html and observed CPython
3.11 behaviour.  Every tool is a class whose instances are their own
iterators (`iter(x) is x`), so `type(x)` and the default repr read
`itertools.<name>` as in CPython.

Simple tools implement `__next__` directly.  The combinatoric tools keep
their state in a private generator (`self._gen`) and `__next__` delegates to
it; those generators catch StopIteration from user iterators themselves
(PEP 479 would otherwise turn it into RuntimeError).

Like CPython, `islice` consumes the underlying iterator up to `stop` (or to
the next step position) before it reports exhaustion, and `groupby`'s
sub-iterators are invalidated when the outer iterator advances.
"""

import sys as _sys

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]

_MARKER = object()
_NUMBER_METHODS = ("__index__", "__int__", "__float__", "__complex__")


def _as_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


# --------------------------------------------------------------------------
# Infinite iterators

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float, complex)) and not any(
                    hasattr(type(value), name) for name in _NUMBER_METHODS):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle:
    """cycle(iterable) --> cycle object

    Return elements from the iterable until it is exhausted.
    Then repeat the sequence indefinitely."""

    __slots__ = ("_it", "_saved", "_index", "_firstpass")

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._firstpass:
            try:
                item = next(self._it)
            except StopIteration:
                self._firstpass = False
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


_MISSING = object()


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    __slots__ = ("_object", "_times")

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(
                    f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


# --------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence

class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ("_it", "_func", "_total", "_initial")

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MARKER
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _MARKER:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    __slots__ = ("_sources", "_active")

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return cls


class compress:
    """Return data elements corresponding to true selector elements."""

    __slots__ = ("_data", "_selectors")

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""

    __slots__ = ("_pred", "_it", "_dropping")

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""

    __slots__ = ("_func", "_it")

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        while True:
            item = next(self._it)
            if not (item if func is None else func(item)):
                return item


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable (keyfunc defaults to the identity function)."""

    __slots__ = ("_keyfunc", "_it", "_tgtkey", "_currkey", "_currvalue", "_currgrouper")

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return self._currkey, grouper


class _grouper:
    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _MARKER:
            parent._step()
        key = parent._currkey
        if not (self._tgtkey is key or self._tgtkey == key):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MARKER
        return value


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable."""

    __slots__ = ("_it", "_next", "_stop", "_step", "_cnt")

    def __init__(self, iterable, *args):
        nargs = len(args) + 1
        if nargs < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {nargs}")
        if nargs > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {nargs}")
        start, step = 0, 1
        if len(args) == 1:
            stop = args[0]
            if stop is not None:
                stop = self._check_index(
                    stop, "Stop argument for islice() must be None or an integer: "
                          "0 <= x <= sys.maxsize.")
        else:
            start, stop = args[0], args[1]
            if len(args) == 3:
                step = args[2]
            if start is not None:
                start = self._check_index(
                    start, "Indices for islice() must be None or an integer: "
                           "0 <= x <= sys.maxsize.")
            else:
                start = 0
            if stop is not None:
                stop = self._check_index(
                    stop, "Stop argument for islice() must be None or an integer: "
                          "0 <= x <= sys.maxsize.")
            if step is not None:
                try:
                    step = self._check_index(step, "")
                except ValueError:
                    step = 0
                if step < 1:
                    raise ValueError("Step for islice() must be a positive integer or None.")
            else:
                step = 1
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    @staticmethod
    def _check_index(value, message):
        if not isinstance(value, int):
            index = getattr(type(value), "__index__", None)
            if index is None:
                raise ValueError(message)
            value = index(value)
        if value < 0 or value > _sys.maxsize:
            raise ValueError(message)
        return value

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    __slots__ = ("_it", "_old")

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MARKER

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _MARKER:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MARKER
            raise
        result = (self._old, new)
        self._old = new
        return result


class starmap:
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ("_func", "_it")

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class takewhile:
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""

    __slots__ = ("_pred", "_it", "_stopped")

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class _tee_link:
    """One cell of the buffer shared by tee iterators; `next` is None until
    the cell has been filled from the source."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.value = None
        self.next = None


class _tee_source:
    __slots__ = ("it",)

    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ("_source", "_link", "__weakref__")

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source = it._source
            self._link = it._link
        else:
            self._source = _tee_source(it)
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, "__copy__", None)
    first = it if copy is not None else _tee(it)
    copy = first.__copy__
    return tuple([first] + [copy() for _ in range(n - 1)])


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument; exhausted
    iterables are padded with fillvalue."""

    __slots__ = ("_its", "_active", "_fillvalue")

    def __init__(self, *iterables, **kwargs):
        fillvalue = kwargs.pop("fillvalue", None)
        if kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                result.append(self._fillvalue)
        return tuple(result)


# --------------------------------------------------------------------------
# Combinatoric iterators

class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ("_gen",)

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(
                f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            # Advance the rightmost index that can move, like an odometer.
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pool[j] for pool, j in zip(pools, indices))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ("_gen",)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _as_r(r)
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ("_gen",)

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _as_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            # Find the rightmost index that is not at its maximum.
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    __slots__ = ("_gen",)

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _as_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)
