def handler():
    try:
        {}["k"]
    except KeyError:
        print("handling")
        undefined_name
handler()
