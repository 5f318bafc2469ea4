prices = {"apple": 3, "pear": 5}
print(prices["apple"])
def lookup(d, k):
    return d[k]
print(lookup(prices, "pear"))
print(lookup(prices, "banana"))
