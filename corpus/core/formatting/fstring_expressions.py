items = [3, 1, 2]
d = {"k": 10}
print(f"{len(items)} items, first={items[0]}, key={d['k']}")
print(f"{'yes' if items else 'no'}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{items!r:>12}")
print(f"{1 + 2 = }")
print(f"""{
    1 +
    2
}""")
x = 5
print(f"{x:{'>' if x > 3 else '<'}6}|")
print(f'{"quote"}')
print(f"{x!r:^7}|")
