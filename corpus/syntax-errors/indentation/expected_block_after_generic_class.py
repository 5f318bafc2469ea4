class C[T]:
pass
