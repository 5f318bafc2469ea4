class Conn:
    def __init__(self, host, port):
        self.host = host
        self.port = int(port)
c = Conn("localhost", "80a")
