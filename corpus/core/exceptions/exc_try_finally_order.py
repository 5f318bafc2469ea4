# the order of try, except, else and finally bodies for each outcome
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError
        if mode == "return":
            return log
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for mode in ["ok", "raise", "return"]:
    print(mode, run(mode))
