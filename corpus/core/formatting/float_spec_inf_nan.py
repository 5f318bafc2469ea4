inf = float("inf")
nan = float("nan")
for v in (inf, -inf, nan):
    print(format(v, ""), format(v, "f"), format(v, "F"), format(v, "e"), format(v, "E"), format(v, "g"), format(v, "G"), format(v, "%"))
    print(f"[{v:10}] [{v:<8.2f}] [{v:+}] [{v:010}] [{v:*^9}]")
print("%f %F %e %E %g %G" % (inf, -inf, nan, nan, -inf, inf))
print(str(-nan), repr(nan), f"{inf:,}")
