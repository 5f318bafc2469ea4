class DetailedError(Exception):
    def __init__(self, info):
        super().__init__(info["message"])
raise DetailedError({"code": 1})
