def source():
    raise ValueError("source failed")
try:
    list(iter(source, None))
except ValueError as e:
    print(type(e).__name__, e)
count = [0]
def stop_early():
    count[0] += 1
    if count[0] == 3:
        raise StopIteration
    return count[0]
print(list(iter(stop_early, 99)))
it = iter(int, 1)
print(next(it), next(it))
print(list(iter([1, 2, 3].pop, 1)))
