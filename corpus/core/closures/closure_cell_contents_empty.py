def outer():
    def get():
        return later
    cell = get.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print(type(e).__name__, e)
    later = [1]
    print(cell.cell_contents)
    cell.cell_contents = "replaced"
    print(later, get())
    del cell.cell_contents
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
outer()
