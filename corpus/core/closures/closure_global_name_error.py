def use():
    global undefined_thing
    return undefined_thing
try:
    use()
except NameError as e:
    print("NameError:", e)
def caller():
    return use()
caller()
