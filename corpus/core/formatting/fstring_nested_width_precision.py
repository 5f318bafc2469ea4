x = 3.14159265
for w in (6, 10):
    for p in (1, 3):
        print(f"[{x:{w}.{p}f}]")
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{9}}]")
spec = "08.3f"
print(f"[{x:{spec}}]")
n = 255
base = "x"
print(f"[{n:#{base}}] [{n:{'b'}}]")
print(f"[{'abc':{'>'}{w}}]")
print(f"[{x:{w}.{p+1}{'e'}}]")
