# SystemExit with an int beyond a C long long exits with status 255
print("big exit")
raise SystemExit(2**70)
