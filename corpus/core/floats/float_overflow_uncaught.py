rate = 1.5
years = 2000
print(rate ** 10)
print(rate ** years)
