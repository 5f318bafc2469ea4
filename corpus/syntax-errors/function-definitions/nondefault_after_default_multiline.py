def configure(
    host="localhost",
    port=8080,
    timeout,
):
    pass
