# SystemExit with a non-int, non-str code prints its str and exits 1
raise SystemExit([1, "two"])
