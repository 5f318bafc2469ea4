def f():
    try:
        raise ValueError("escaping")
    finally:
        print("finally ran")
f()
