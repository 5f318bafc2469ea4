prices = {"apple": 1.5, "pear": 2.0}
order = ["apple", "kiwi"]
total = sum([prices[item] for item in order])
