def count_nodes(tree):
    total = 0
    def walk(node):
        nonlocal total
        total += 1
        for child in node.get("children", []):
            walk(child)
    walk(tree)
    return total
tree = {"children": [{"children": [{}, {}]}, {}]}
print(count_nodes(tree))
def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache
fib, cache = memo_fib()
print(fib(50), len(cache))
