grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)])
try:
    grid[(5, 5)]
except KeyError as e:
    print("caught", e, repr(e), e.args)
grid[(3, 4)]
