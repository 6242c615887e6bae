# abc: ABC/ABCMeta, abstractmethod and friends, register, __subclasshook__,
# instantiation errors.
import abc
from abc import ABC, ABCMeta, abstractmethod


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


show(lambda: Shape())
show(lambda: Half())
print(Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))


class Props(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


show(lambda: Props())


class Impl(Props):
    value = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "h"


print(Impl.make().value, Impl.helper())


class Plugin(metaclass=ABCMeta):
    pass


class Foreign:
    pass


Plugin.register(Foreign)
print(isinstance(Foreign(), Plugin), issubclass(Foreign, Plugin), issubclass(int, Plugin), Plugin.register(int) is int, isinstance(3, Plugin))
show(lambda: Plugin.register(3))
show(lambda: issubclass(3, Plugin))


@Plugin.register
class Decorated:
    pass


print(issubclass(Decorated, Plugin))


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))


class Sub(Sized):
    pass


print(issubclass(list, Sub))
token = abc.get_cache_token()
Plugin.register(float)
print(abc.get_cache_token() != token, isinstance(1.5, Plugin))


class Legacy(ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Legacy.__abstractmethods__))


class Later(ABC):
    def run(self):
        return 1


Later.run = abstractmethod(lambda self: 2)
abc.update_abstractmethods(Later)
show(lambda: Later())
print(getattr(abstractmethod(lambda: 0), "__isabstractmethod__", False))
