def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 85, 75, 10, 90, 89.9]:
    print(s, grade(s))
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
