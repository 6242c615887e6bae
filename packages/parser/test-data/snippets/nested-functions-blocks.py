class A:
    def f(self):
        if x:
            for i in y:
                while z:
                    try:
                        pass
                    except E:
                        continue
                else:
                    pass
        return 1
x = 1
