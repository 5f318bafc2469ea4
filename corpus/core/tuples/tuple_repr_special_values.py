print((float("nan"), float("inf"), -float("inf"), -0.0, 0.1 + 0.2, 1e22, 1e-7, 123456789012345678.0))
print((1,), ((),), (((1,),),), ("a", 'b"c', "d'e", "\t\n"), (None, True, ..., NotImplemented))
print(repr(()), str((1, "x")), [(1, [2, (3, {4: (5,)})])])
print((1 + 2j, -1j, 0j, b"x", b"\x00\xff"))
