class Node:
    def __init__(self, nxt):
        self.next = nxt
head = Node(Node(None))
print(head.next.next)
print(head.next.next.next)
