# methods without parameters reject positional and keyword arguments
names = ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for name in names:
    m = getattr("abc", name)
    try:
        m(1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        m(x=1)
    except TypeError as e:
        print(type(e).__name__, e)
