# SystemExit with an int inside a C long long keeps its low byte
raise SystemExit(2**62 + 3)
