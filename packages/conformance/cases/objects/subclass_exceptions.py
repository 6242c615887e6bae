# subclassing Exception: custom __init__/__str__, args handling, attributes, repr, pickling-free behaviour
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NoSuper(AppError):
    def __init__(self, code):
        self.code = code
e = ValidationError("age", "must be positive")
print(str(e), repr(e), e.args, e.field)
try:
    raise e
except AppError as caught:
    print("caught as AppError:", type(caught).__name__, caught is e)
ns = NoSuper(404)
print(repr(ns), str(ns), ns.args, ns.code)
print(repr(AppError()), str(AppError()), repr(AppError("one")), str(AppError("one")), str(AppError("a", 2)))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"), WithDefault().args)
err = AppError("x")
err.args = ("changed", 1)
print(err, err.args)
class KE(KeyError): pass
print(str(KE("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
class Multi(ValueError, TypeError): pass
try:
    raise Multi("both")
except TypeError as m:
    print("caught via TypeError:", m, [c.__name__ for c in Multi.__mro__])
class Rich(Exception):
    def __init__(self, *args, hint=None):
        super().__init__(*args)
        self.hint = hint
try:
    raise Rich("failed", 3, hint="try again")
except Rich as r:
    print(r, r.args, r.hint)
class NotExc: pass
try:
    raise NotExc()
except TypeError as t:
    print("TypeError:", t)
try:
    raise 5
except TypeError as t:
    print("TypeError:", t)
class BaseOnly(BaseException): pass
try:
    try:
        raise BaseOnly("escapes Exception handlers")
    except Exception:
        print("wrong handler")
except BaseException as b:
    print("BaseException handler:", b)
print(issubclass(ValidationError, Exception), isinstance(e, AppError), Exception in AppError.__mro__)
ex = ValueError("v")
ex.note = "added"
ex.add_note("note one")
print(ex.__notes__, ex.note)
print(ValueError(1, 2) == ValueError(1, 2), type(Exception.with_traceback).__name__)
