class Service:
    def start(self):
        return self.engine.run()
class Engine:
    def run(self):
        raise RuntimeError("engine failed")
s = Service()
s.engine = Engine()
status = s.start()
