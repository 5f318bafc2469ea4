# conform: args -m ast -a
def handle(command):
    match command.split():
        case [("go" | "move") as verb, ("north" | "south") as direction]:
            return verb, direction
        case ["pick", "up", *items] if items:
            return items
        case [Point(x=0, y=0), {"z": [1, *_], **extra}]:
            return extra
        case [int(n) | float(n), str() as s] | [str() as s, int(n) | float(n)]:
            return n, s
        case {"type": "event", "payload": {"id": int(id_), "tags": [*tags]}}:
            return id_, tags
        case Point(x=-1.5, y=1e3) | Point(x=0j, y=-0j):
            return None
