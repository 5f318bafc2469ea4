# conform: args -m ast -a
def f(items):
    for item in items:
        try:
            try:
                item()
            except* ValueError:
                pass
        except Exception as e:
            continue
        finally:
            print("done")
    while True:
        try:
            break
        finally:
            pass
