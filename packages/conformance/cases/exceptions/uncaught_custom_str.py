# an uncaught user exception with __str__ and implicit chaining; the last stderr line is "ClassName: <str>"
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"bad config key {self.key!r}: {self.reason}"
def parse(text):
    out = {}
    for line in text.splitlines():
        k, _, v = line.partition("=")
        if not v:
            raise ConfigError(k, "missing value")
        out[k.strip()] = v.strip()
    return out
print(parse("a = 1\nb = 2"))
try:
    parse("x")
except ConfigError as e:
    print("caught:", e, e.args)
def load():
    try:
        return int(parse("port = eighty")["port"])
    except ValueError:
        return parse("port")
print("loading")
load()
print("not reached")
