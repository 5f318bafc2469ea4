class Animal:
    def speak(self):
        return "..."
    def intro(self):
        return f"{type(self).__name__} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def speak(self):
        return Cat.speak(self).upper() + "!"
for a in [Animal(), Cat(), Lion()]:
    print(a.intro())
print(Lion.__mro__)
