class Widget:
    created = 0
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
    def __repr__(self):
        return f"Widget#{self.id}({self.name})"
ws = [Widget(n) for n in "abc"]
print(ws, Widget.created)
class Sub(Widget):
    pass
s = Sub("z")
print(s, Widget.created, Sub.created)
