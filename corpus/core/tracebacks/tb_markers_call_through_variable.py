handlers = {"a": None}
handlers["a"]("payload")
