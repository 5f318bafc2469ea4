# break inside finally discards the pending exception (SyntaxWarning-free form in a loop)
def f():
    for i in range(3):
        try:
            print("try", i)
            if i == 1:
                raise ValueError("lost")
        finally:
            if i == 1:
                print("finally breaks")
                break
    return "after loop"
print(f())
