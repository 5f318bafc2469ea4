values = [1.5, float('nan')]
for v in values:
    print(int(v))
