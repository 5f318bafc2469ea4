table = {"row": {"col": 1}}
cell = table[
    "row"
][
    "missing"
]
