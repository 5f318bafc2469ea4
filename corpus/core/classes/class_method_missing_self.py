class Tool:
    def run():
        return "ran"
print(Tool.run())
Tool().run()
