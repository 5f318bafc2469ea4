# conform: args -m ast -a
def outer():
    x = 1
    class Inner:
        def method(self):
            def innermost():
                nonlocal_value = x
                return lambda: nonlocal_value
            return innermost
    return Inner
