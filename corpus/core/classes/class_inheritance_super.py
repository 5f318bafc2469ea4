class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
p = Puppy("Rex", "lab")
print(p.describe(), p.breed)
print(Animal("x").describe())
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__ if hasattr(Dog, "__base__") else "")
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
