class Weird:
    def __len__(self):
        return -1
class Good:
    def __len__(self):
        return 3
print(len(Good()))
len(Weird())
