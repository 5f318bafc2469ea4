# conform: args -m ast -a
type Alias = int
type ListOf[T] = list[T]
type Bounded[T: int] = list[T]
type Nested[T] = dict[str, Nested[T]] | T
type WithDefault[T = int] = list[T]
type Pack[*Ts = *tuple[int, ...]] = tuple[*Ts]
type Spec[**P = [int, str]] = Callable[P, None]
def f[T = int, *Ts = *tuple[str], **P = ...](): pass
class C[T: (int, str) = int, U = T]: pass
type = 1
type.x = 2
print(type)
def type_(type): return type
