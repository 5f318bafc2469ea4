class C:
    continue
