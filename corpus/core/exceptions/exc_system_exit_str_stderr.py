# SystemExit(str): the message goes to stderr and the status is 1
print("out")
raise SystemExit("fatal: configuration missing")
