# leading comment

x = 1  # trailing


# between
def f():
    # inside
    pass
    # after

    return 1
	
if x:
        pass   # 8 spaces
if y:
	pass
