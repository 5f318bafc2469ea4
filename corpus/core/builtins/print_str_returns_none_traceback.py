class S:
    def __str__(self):
        return None
print("value:", S())
