prices = {"🍎": 1.5}
label = "🍎 costs " + prices["🍐"]
