x = b"\q"
