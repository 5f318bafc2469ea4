class Node:
    def __init__(self):
        self.next = None
n = Node()
n.next.value
