class Record:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return self.key == other.key
seen = set()
seen.add(Record("a"))
