for s in ["abcabc", "a😀b😀c", "", "x" * 40 + "y", "é" * 5 + "😀"]:
    for sub in ["", "b", "c", "😀", "bc", "xy", "é😀"]:
        r = []
        for a, b in [(None, None), (1, None), (-2, None), (0, 3), (2, -1), (10, None), (None, -10), (3, 2)]:
            r.append((s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b), s.endswith(sub, a, b)))
        print(ascii(s)[:12], ascii(sub), r)
