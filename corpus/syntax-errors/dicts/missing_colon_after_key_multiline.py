config = {
    "host": "localhost",
    "port"
}
