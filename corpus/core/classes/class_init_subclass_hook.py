class Plugin:
    registry = {}
    def __init_subclass__(cls):
        print("registering", cls.__name__)
        Plugin.registry[cls.__name__.lower()] = cls
class Csv(Plugin):
    pass
class Json(Plugin):
    pass
class PrettyJson(Json):
    pass
print(sorted(Plugin.registry))
print(type(Plugin.__init_subclass__).__name__)
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} must define name")
class Good(Strict):
    name = "good"
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print(e)
print(Good.name)
