def f():
    global x
    x = 1
    def g():
        nonlocal_ = 1
    return g
if __name__ == '__main__':
    main()
assert isinstance(x, int), f'bad {x!r}'
x = [1, 2][::-1]
