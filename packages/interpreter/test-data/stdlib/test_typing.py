# typing: common annotations import, subscript, print and introspect like
# CPython's; Generic, Protocol, NamedTuple, TypedDict, NewType, helpers.
import typing as t
from typing import (Any, List, Dict, Optional, Union, Tuple, Callable, TypeVar,
                    Generic, NamedTuple, Protocol, Iterable, Sequence, Mapping,
                    ClassVar, Final, Literal, Annotated, TypedDict, NewType,
                    runtime_checkable, cast, overload, get_type_hints)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


T = TypeVar("T")
K = TypeVar("K", bound=int, covariant=True)
C = TypeVar("C", int, str, contravariant=True)
print(repr(T), repr(K), repr(C), T.__name__, K.__bound__, C.__constraints__, repr(t.AnyStr))

print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, str, None], t.Union[None, int])
print(t.Tuple[int, ...], t.Tuple[()], t.Tuple[int, str], t.Callable[[int, str], bool], t.Callable[..., int], t.Callable[[], None])
print(t.Any, t.Literal[1, "a"], t.ClassVar[int], t.Final, t.Final[int], t.Type[int], t.Iterable[int], t.Annotated[int, "m"], t.Union[int])
print(t.Union[int, t.Union[str, int]], t.Sequence, t.Callable, t.Tuple, t.DefaultDict[str, int], t.Set[T], t.FrozenSet[bytes], t.Deque[int])
print(t.Mapping[str, t.Any], t.Iterator[t.Tuple[int, str]], t.Generator[int, None, None], t.Counter[str], t.OrderedDict[str, int], t.NoReturn)
print(t.Literal[1, 1, 2], t.Optional[t.Union[int, str]], t.List["Foo"], t.Union[int, "Bar"])

print(t.get_origin(t.List[int]), t.get_origin(t.Union[int, str]), t.get_args(t.Callable[[int], str]), t.get_args(t.Dict[str, int]))
print(t.get_origin(t.Literal[1]), t.get_origin(int), t.get_args(int), t.get_origin(t.Annotated[int, "x"]), t.get_args(t.Annotated[int, "x"]), t.get_args(t.Optional[str]))
print(t.get_args(t.Callable[..., int]), t.get_origin(t.ClassVar[int]) is t.ClassVar, t.get_origin(t.List), t.get_args(t.Tuple[()]))

show(lambda: isinstance([], t.List))
show(lambda: isinstance([], t.List[int]))
show(lambda: t.List())
show(lambda: t.List[int]([1]))
show(lambda: isinstance(1, t.Any))
show(lambda: t.Union[int, str] == t.Union[str, int])
show(lambda: t.List[int] == t.List[int])
show(lambda: t.List[int] == t.List[str])
show(lambda: hash(t.List[int]) == hash(t.List[int]))
show(lambda: t.Optional[int, str])
show(lambda: t.cast(int, "x"))
show(lambda: issubclass(dict, t.Mapping))
show(lambda: isinstance({}, t.Dict))
show(lambda: t.Dict[int])
show(lambda: t.Union[()])
show(lambda: t.Literal[1] == t.Literal[1])
show(lambda: t.Any())


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int], Box.__parameters__, Box[int].__origin__, t.get_args(Box[int]), Box.__orig_bases__, Box.__mro__)
b = Box[int](5)
print(b.get(), type(b).__name__, b.__orig_class__)
show(lambda: Box[int, str])
show(lambda: Generic[int])


class Pair(Generic[T, K]):
    pass


class IntPair(Pair[int, bool]):
    pass


print(Pair.__parameters__, Pair[str, int], IntPair.__mro__, IntPair.__parameters__)


class MyList(List[int]):
    pass


print(MyList.__mro__, MyList([1, 2]))


class Readable(Protocol):
    def read(self) -> str:
        ...


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass

    def read(self):
        return "data"


show(lambda: isinstance(File(), Readable))
show(lambda: isinstance(File(), Closable))
show(lambda: isinstance(1, Closable))
show(lambda: Readable())


class Concrete(Readable):
    def read(self):
        return "concrete"


print(Concrete().read(), isinstance(3.5, t.SupportsFloat), isinstance("x", t.SupportsInt), isinstance(2, t.SupportsIndex))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def title(self):
        return f"{self.name}@{self.dept}"


e = Employee("ann")
print(e, e.title(), Employee._fields, Employee._field_defaults, Employee.__annotations__, Employee.__mro__, e._replace(level=3))
Emp2 = NamedTuple("Emp2", [("a", int), ("b", str)])
print(Emp2(1, "x"), Emp2.__annotations__, NamedTuple("E3", x=int)(x=4))


def bad_nt():
    class Bad(NamedTuple):
        a: int = 1
        b: str


show(bad_nt)


class Movie(TypedDict, total=False):
    title: str
    year: int


m = Movie(title="x")
print(type(m), m, Movie.__total__, sorted(Movie.__optional_keys__), Movie.__required_keys__, Movie.__annotations__, t.is_typeddict(Movie))


class Full(TypedDict):
    a: int


print(Full(a=1), Full.__required_keys__, TypedDict("Dyn", {"x": int})(x=1))

UserId = NewType("UserId", int)
print(UserId(5), repr(UserId), UserId.__supertype__, UserId.__name__)


@overload
def f(x: int) -> int:
    ...


@overload
def f(x: str) -> str:
    ...


def f(x):
    return x


print(f(3), len(t.get_overloads(f)) >= 0)


def annotated(a: "int", b: t.List[str] = None, c: "Optional[Box[int]]" = None) -> None:
    pass


print(get_type_hints(annotated))


class Hinted:
    x: int
    y: "str"
    z: ClassVar[int] = 3
    w: Annotated[float, "unit"]


print(get_type_hints(Hinted), get_type_hints(Hinted, include_extras=True)["w"])
print(t.TYPE_CHECKING, t.Text, cast(List[int], [1]), t.final(lambda: 1)(), t.no_type_check(annotated) is annotated)
show(lambda: t.assert_never(1))
print(repr(t.ForwardRef("X")), t.ForwardRef("X") == t.ForwardRef("X"), t.Hashable, t.Sized)
print(isinstance([], t.Iterable), isinstance(3, t.Iterable), issubclass(list, t.Sequence), isinstance({}, t.MutableMapping))
