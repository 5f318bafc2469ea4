# conform: args -m ast -a
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw \n'
f = R"raw \d"
g = u'unicode'
h = U"unicode"
i = 'escapes \n \t \\ \' \" \x41 \u00e9 \U0001F600 \N{BULLET} \101 \0'
j = "line \
continued"
k = ''
l = """"quoted" inside"""
