def t(name, value):
    print("eval", name)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", 1))
print(not t("a", []))
print(1 < t("mid", 5) < 3)
print(None or [] or 0 or "last")
print(1 and "x" and [1])
