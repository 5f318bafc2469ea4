def parse(text):
    return int(text)
def load(items):
    return [parse(item) for item in items]
def main():
    values = load(["1", "2", "x3"])
    print(values)
main()
