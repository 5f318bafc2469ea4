# SystemExit(-1) exits with status 255
raise SystemExit(-1)
