a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'esc \n \t \\ \' \" \a \b \f \v \r \x41 \101 \0 \u00e9 \U0001F600 \N{EM DASH}'
f = r'raw \n \d' R"RAW" r'\x00'
g = b'bytes\x00\xff' B"x" bR'raw\n'
h = u'unicode' U"x"
i = 'implicit' "concat" '''ation'''
j = 'unknown \d \q escape'
k = 'line \
continued'
l = "é ü ñ 中文 😀"
m = ''
n = b''
