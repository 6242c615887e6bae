"""enum — support for enumerations.

pyvm's pure-Python implementation, written from
https://docs.python.org/3.11/library/enum.html and observed CPython 3.11
behaviour (reprs, str/format rules, lookup errors).

How it works: `EnumType.__prepare__` returns an `_EnumDict` that records
member names in definition order, resolves `auto()` values as they are
assigned and rejects duplicates.  `EnumType.__new__` creates the class
without the member values, then builds each member with the right
constructor (a `__new__` defined in the enum body, else the mixed-in data
type's `__new__`, else `object.__new__`), records aliases, and stores the
members as class attributes.  Calling an enum class (`Color(1)`) is handled
by `EnumType.__call__`: value lookup, then `_missing_`, or the functional API
when `names` is given.

Provided: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag (basic: STRICT and
KEEP boundaries, composite pseudo-members, ~ | & ^), auto, unique, member,
nonmember, EnumType/EnumMeta.  Approximations: members named like Enum
attributes (`name`, `value`) are not special-cased; `_ignore_` is honoured but
`_order_` is not checked; the functional API's default `__module__` is
'__main__' (no frame inspection); pickling support is minimal.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "property"]

property = property  # enum.property: a plain property is close enough here

# These are bound once the classes exist; EnumType checks them for None while
# the base classes themselves are being created.
Enum = ReprEnum = Flag = None


class FlagBoundary:
    """How Flag handles values with bits outside the defined members."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<FlagBoundary.{self.name}: {self.name.lower()!r}>"


STRICT = FlagBoundary("STRICT")
CONFORM = FlagBoundary("CONFORM")
EJECT = FlagBoundary("EJECT")
KEEP = FlagBoundary("KEEP")

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1:2] != "_" and name[-2:-1] != "_")


def _is_private(cls_name, name):
    pattern = f"_{cls_name.lstrip('_')}__"
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith("_"))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bin(num, max_bits):
    """CPython's enum.bin for non-negative num: '0b0 0111'."""
    digits = format(num, "b") if num else "0"
    if len(digits) < max_bits:
        digits = ("0" * max_bits + digits)[-max_bits:]
    return f"0b0 {digits}"


class _EnumDict(dict):
    """Class-body namespace that tracks members in definition order."""

    def __init__(self, cls_name, generate_next_value):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate_next_value = generate_next_value

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                if self._member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f"_ignore_ cannot specify already set names: {already!r}")
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        gnv = getattr(first_enum, "_generate_next_value_", None)
        return _EnumDict(cls, gnv)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) \
            else [k for k in classdict if not k.startswith("_")]
        ignore = classdict.get("_ignore_", ())
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items()
                if k not in members and k != "_ignore_" and k not in ignore}

        new_member = body.get("__new__")
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None:
            new_member = getattr(first_enum, "_new_member_", None)
            if new_member is None or (member_type is not object and new_member is object.__new__):
                new_member = member_type.__new__
        body["_new_member_"] = new_member
        body["_member_type_"] = member_type
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        use_args = not (member_type is object and new_member is object.__new__)
        is_flag = Flag is not None and issubclass(enum_class, Flag)

        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if use_args:
                enum_member = new_member(enum_class, *args)
            else:
                enum_member = new_member(enum_class)
            if not hasattr(enum_member, "_value_"):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    enum_member._value_ = member_type(*args)
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member.__init__(*args)
            enum_member._sort_order_ = len(enum_class._member_names_)

            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for other in enum_class._member_map_.values():
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is not None:
                enum_member = canonical
            else:
                # Flag members without exactly one bit are named aliases:
                # reachable by name and value, but not iterated.
                if not (is_flag and not _is_single_bit(value)):
                    enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_.setdefault(value, enum_member)
                except TypeError:
                    enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, enum_member)
            enum_class._member_map_[name] = enum_member

        # Keep Enum's repr/str/format/reduce rather than the data type's,
        # unless the class body defines its own.
        if first_enum is not None:
            if ReprEnum is not None and ReprEnum in bases:
                if member_type is object:
                    raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                    "(i.e. int, str, float, etc.)")
                if "__format__" not in classdict:
                    type.__setattr__(enum_class, "__format__", member_type.__format__)
                    body["__format__"] = member_type.__format__
                if "__str__" not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, "__str__", method)
                    body["__str__"] = method
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict or name in body:
                    continue
                enum_method = getattr(first_enum, name)
                found_method = getattr(enum_class, name)
                if found_method in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, enum_method)

        if Flag is not None and issubclass(enum_class, Flag):
            flag_mask = 0
            for m in enum_class._member_map_.values():
                flag_mask |= m._value_
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1
            if boundary is None:
                boundary = getattr(first_enum, "_boundary_", None) or STRICT
            enum_class._boundary_ = boundary
        elif boundary is not None:
            enum_class._boundary_ = boundary
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases or Enum is None:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")
        return metacls._find_data_type_(class_name, bases), first_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f"too many data types for {class_name!r}: {data_types!r}")
        if data_types:
            return data_types.pop()
        return object

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_member_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_member_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                        "instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict["__module__"] = "__main__" if module is None else module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': "
                f"'{type(value).__qualname__}' and '{cls.__class__.__qualname__}'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """Returns a mapping of member name->value, including aliases."""
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Access members by attribute (Color.RED), by name (Color['RED']) or by
    value (Color(1)); iterate the class for the canonical members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            for value in reversed(last_values):
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            for attr in cls.__dict__:
                if not attr.startswith("_") and attr not in cls._member_map_:
                    names.append(attr)
        names.extend(k for k in getattr(self, "__dict__", {}) if not k.startswith("_"))
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f"encoding must be a string, not {values[1]!r}")
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f"errors must be a string, not {values[2]!r}")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f"invalid flag value {last_value!r}") from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if _is_single_bit(v) and v & value == v:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        unknown = value & ~flag_mask
        if unknown:
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n"
                                 f"    given {_bin(value, max_bits)}\n"
                                 f"  allowed {_bin(flag_mask, max_bits)}")
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        known = value & flag_mask
        if known:
            parts = [m._name_ for m in cls._iter_member_(known)]
            if unknown:
                parts.append(str(unknown))
            pseudo._name_ = "|".join(parts)
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': "
                f"'{type(other).__qualname__}' and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return value
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return value
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return value
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(self._all_bits_ & ~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    # int's operators come first in the MRO; the flag ones must win.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration
