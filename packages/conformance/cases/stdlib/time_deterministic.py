# time module parts that are deterministic: gmtime/strftime of fixed epochs, mktime-free conversions, struct_time, monotonic ordering
import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_000_000_000)))
print(time.strftime("%a %b %d %j %U %w %y %%", time.gmtime(1_700_000_000)))
st = time.gmtime(86400 * 365.25 * 30)
print(tuple(st), st[0], len(st), type(st).__name__)
print(time.asctime(time.gmtime(0)), time.strftime("%A %B", time.gmtime(951782400)))
parsed = time.strptime("2024-02-29 13:45:00", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_wday, parsed.tm_yday)
print(parsed.tm_min, parsed.tm_sec, parsed.tm_isdst, time.strftime("%d/%m/%Y", parsed))
a = time.monotonic()
b = time.monotonic()
print(b >= a, isinstance(time.time(), float), time.time() > 1.6e9, isinstance(time.perf_counter_ns(), int))
c = time.perf_counter()
s = sum(range(1000))
d = time.perf_counter()
print(d >= c, s)
time.sleep(0)
time.sleep(0.001)
print("slept")
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("not a date", "%Y")
except ValueError as e:
    print("ValueError:", e)
print(time.gmtime(-86400)[:3], time.gmtime(2 ** 31)[:6], time.strftime("%H:%M", (2020, 1, 1, 7, 5, 0, 0, 1, 0)))
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)).tm_wday, time.gmtime(0) == time.gmtime(0))
for epoch in [0, 59, 3600 * 25, 10 ** 9, 2 * 10 ** 9]:
    g = time.gmtime(epoch)
    print(epoch, f"{g.tm_year:04d}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}")
