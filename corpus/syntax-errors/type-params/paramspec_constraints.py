type A[**P: (int, str)] = int
