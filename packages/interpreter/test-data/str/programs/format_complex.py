for z in [1j, 1+2j, -0.0+1j, complex(float("inf"), float("nan")), 1.5-2.25j]:
  for s in ["", ">12", "<12", "^14", "+", " ", ".2f", ".3", "e", "G", "n", "*^20.1e", "z.1f", "#g"]:
    print(repr(format(z, s)), end=" ")
  print()
for s in ["012", "=10", "d", "%"]:
  try: format(1j, s)
  except ValueError as e: print(e)
