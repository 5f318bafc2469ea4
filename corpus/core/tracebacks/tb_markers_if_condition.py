config = {}
if config["debug"]:
    print("debug")
