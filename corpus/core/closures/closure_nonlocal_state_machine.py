def make_toggle(states):
    index = 0
    def toggle():
        nonlocal index
        current = states[index]
        index = (index + 1) % len(states)
        return current
    def reset():
        nonlocal index
        index = 0
    return toggle, reset
t, r = make_toggle(["red", "green", "blue"])
print([t() for _ in range(5)])
r()
print(t(), t())
