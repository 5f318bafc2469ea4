def handle(event):
    match event:
        case {"type": "click"}:
            return 1
        case other:
            return 2
        case _:
            return 3
