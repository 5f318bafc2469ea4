# String building: ''.join of 100,000 pieces.
s = ''.join([str(i) for i in range(100000)])
print(len(s), s[:20], s[-20:])
