# digits across scripts; int() agrees with isdecimal
for s in ["٠١٢", "०१२", "০১২", "๑๒", "１２３", "𝟏𝟐", "߀", "¹²³", "₁₂", "⑴"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
print(int("٠١٢"), int("１２３"), int("𝟏𝟐"), int(" ٣ "))
try:
    int("²")
except ValueError as e:
    print(type(e).__name__, e)
