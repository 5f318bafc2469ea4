def f() -> int:
pass
