value = 12.5
print(f"{value:.1f}")
try:
    print(f"{value:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'text':.2f}")
except ValueError as e:
    print("ValueError:", e)
count = 3
label = "n"
print(f"{label:>{count}}|")
print(f"{count:s}")
