def fmt(a, b, c):
    return f"{a}-{b}-{c}"
names = {"x": 1}
text = fmt(
    names["x"],
    names["y"],
    3,
)
