for i in range(5):
    try:
        if i == 2:
            break
        print("try", i)
    finally:
        print("finally", i)
print("after", i)
def early():
    while True:
        try:
            return "returned"
        finally:
            print("finally runs before return")
print(early())
