# conform: args -m ast -a
s = "日本語テキスト"; x = 1
t = "émoji 🐍"; y = [s, t]
z = {"ключ": "значение", "k": s}
f(日本語=1, b="ü")
