type A[T = int, U] = int
