class Task:
    def __init__(self, name):
        self.name = name
tasks = [Task("b"), Task("a")]
tasks.sort()
