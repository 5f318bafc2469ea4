config = {"host": "localhost"}
port = config.pop("port")
