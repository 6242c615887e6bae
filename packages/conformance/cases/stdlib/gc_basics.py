# gc: the control functions a program typically calls (collect, enable/disable, thresholds)
import gc
print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold(), len(gc.get_count()), gc.garbage, gc.is_tracked([]), gc.is_tracked(1))
gc.set_threshold(800); print(gc.get_threshold()[0]); gc.set_threshold(700)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
