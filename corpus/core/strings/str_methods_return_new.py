# methods return new values and never change the original; results are str
s = "Hello"
results = [s.upper(), s.lower(), s.replace("l", "L"), s.strip("H"), s.center(9), s.zfill(7), s.swapcase(), s.title(), s.expandtabs(), s.translate({})]
print(s, results, all(type(r) is str for r in results))
print(s.split("l"), s.partition("l"), s.splitlines())
