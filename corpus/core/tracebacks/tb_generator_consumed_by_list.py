def parse(lines):
    for line in lines:
        yield int(line)
numbers = list(parse(["1", "2", "x"]))
