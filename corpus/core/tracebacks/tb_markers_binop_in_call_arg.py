def show(*args):
    print(*args)
count = 4
show("total", count + "items", count)
