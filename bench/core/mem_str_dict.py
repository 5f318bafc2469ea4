# Memory: a dict of 100,000 str keys.
data = {'key' + str(i): i for i in range(100000)}
print(len(data))
