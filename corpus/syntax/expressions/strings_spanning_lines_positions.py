# conform: args -m ast -a
x = """first
second ü
third""" + 'single'
y = f"""{x}
  {x!r}
ü {x:>{10}}"""
z = ('a'
     'b' f'{x}'
     'ü')
