def averager():
    nums = []
    def add(n):
        nums.append(n)
        return sum(nums) / len(nums)
    return add
avg = averager()
print(avg(10), avg(20), avg(60))
def make_multipliers():
    out = []
    for k in range(1, 4):
        out.append(lambda x, k=k: x * k)
    return out
ms = make_multipliers()
print(ms[0](5), ms[1](5), ms[2](5))
