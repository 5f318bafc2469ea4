class WithContains:
    def __contains__(self, item):
        print("__contains__", item)
        return item == 1
class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Nothing:
    pass
print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem())
try:
    1 in Nothing()
except TypeError as e:
    print(e)
class Truthy:
    def __contains__(self, item):
        return "non-empty"
print(3 in Truthy())
