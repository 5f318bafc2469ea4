key = "k"
d = {
    "a": 1,
    key: 1 / 0,
}
