def parse(text):
    return complex(text)
print(parse('3+4j'))
print(parse('3 + 4j'))
