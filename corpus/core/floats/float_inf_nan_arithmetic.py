inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf // 1, 1 // inf, -1 // inf)
print(nan + 1, nan * 0, nan - nan, nan ** 0, 1 ** nan, nan == nan, nan != nan, nan < 1, nan >= nan)
print(inf == inf, -inf < inf, inf > 10 ** 400, -inf < -(10 ** 400), inf % 1, abs(-inf), -nan)
print(max(inf, 1), min(-inf, 0), max(1, nan), max(nan, 1), sorted([3.0, 1.0, 2.0]))
l = [nan]
print(nan in l, l == l, l.count(nan), [float('nan')] == [float('nan')], l.index(nan))
print(float('nan') is float('nan'), nan is nan, {nan: 1}.get(nan), {float('nan'): 1}.get(float('nan')))
