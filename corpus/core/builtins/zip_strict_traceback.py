names = ["a", "b", "c"]
scores = [1, 2]
for pair in zip(names, scores, strict=True):
    print(pair)
