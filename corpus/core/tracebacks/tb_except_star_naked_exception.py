def parse(text):
    return int(text)
try:
    parse("x")
except* ValueError as eg:
    print(repr(eg))
    raise
