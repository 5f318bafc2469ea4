# conform: args -m ast -a
def first[T](xs: list[T]) -> T:
    return xs[0]
def bounded[T: int](x: T) -> T:
    return x
def constrained[T: (int, str)](x: T) -> T:
    return x
def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
def params[**P, R](f: Callable[P, R]) -> Callable[P, R]:
    return f
class Box[T]:
    def get[U](self, u: U) -> T | U: ...
class Pair[K, V](dict[K, V], metaclass=M):
    pass
async def agen[T](x: T): ...
