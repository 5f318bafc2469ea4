inverse = lambda x: 1 / x
print(inverse(4))
apply = lambda f, v: f(v)
apply(inverse, 0)
