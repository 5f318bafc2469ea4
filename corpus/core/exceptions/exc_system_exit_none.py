# SystemExit() and SystemExit(None) exit with status 0 and print nothing
print("start")
raise SystemExit(None)
