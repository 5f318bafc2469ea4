def get_handler():
    return None
get_handler()("event")
