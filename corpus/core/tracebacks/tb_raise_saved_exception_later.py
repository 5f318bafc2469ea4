def capture():
    try:
        {}["gone"]
    except KeyError as e:
        return e
err = capture()
print("captured", repr(err))
raise err
