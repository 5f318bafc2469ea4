def documented(a, b=[1], *, c="x"):
    """Return things."""
    return a
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__name__, documented.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(documented), callable(3))
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc())
documented.__name__ = "renamed"
print(documented.__name__)
print(repr(documented)[:24])
