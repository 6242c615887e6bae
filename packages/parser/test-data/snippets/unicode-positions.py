é = 'ü'
x = 'é' + y
naïve = café
print('日本語', x, z := 1)
s = '😀' + '😀'
x = f'é{y}'
