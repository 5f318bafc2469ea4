class Config:
    scale = 3
    def scaled(self, v):
        try:
            return v * scale
        except NameError as e:
            return f"NameError: {e}"
    def scaled_ok(self, v):
        return v * self.scale
print(Config().scaled(2))
print(Config().scaled_ok(2))
def factory(n):
    class Holder:
        value = n
        def get(self):
            return n * 2
    return Holder
H = factory(5)
print(H.value, H().get())
