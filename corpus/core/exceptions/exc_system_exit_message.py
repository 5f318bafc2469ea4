print("start")
raise SystemExit("fatal: stopping")
