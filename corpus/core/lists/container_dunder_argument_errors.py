# Dunders that are C slots are wrapper descriptors with their own argument checks; the ones the
# types define as methods (list.__getitem__, dict.__contains__, __reversed__) use method messages.
calls = [
    lambda: [].__len__(1),
    lambda: [].__len__(x=1),
    lambda: [].__eq__(),
    lambda: [1].__add__([2], [3]),
    lambda: [].__getitem__(),
    lambda: [].__reversed__(1),
    lambda: [0].__setitem__(0),
    lambda: {}.__setitem__(1, 2, 3),
    lambda: {}.__delitem__(),
    lambda: {}.__contains__(),
    lambda: {}.__getitem__(1, 2),
    lambda: {1}.__contains__(),
    lambda: {1}.__ior__(),
    lambda: (1,).__getitem__(),
    lambda: (1,).__hash__(1),
    lambda: range(3).__getitem__(),
    lambda: range(3).__reversed__(1),
    lambda: slice(1).__hash__(x=2),
    lambda: {}.keys().__and__(),
    lambda: {}.items().__reversed__(0),
    lambda: iter([1]).__next__(0),
    lambda: list.__len__(),
    lambda: list.__len__(()),
    lambda: dict.__eq__([], {}),
    lambda: set.__or__(frozenset(), {1}),
    lambda: list.append(),
    lambda: list.append((), 1),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
