class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def describe(self):
        return f"{self.name} ({self.age})"
    def birthday(self):
        self.age += 1
d = Dog("Rex")
print(d.describe())
d.birthday()
print(d.age, d.species, Dog.species)
d.species = "override"
print(d.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog))
print(Dog.describe(d))
