class C:
    def f(self):
        super().__debug__ = 1
