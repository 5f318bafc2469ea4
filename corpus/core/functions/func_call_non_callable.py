handlers = {"a": print, "b": 42}
handlers["a"]("printed")
handlers["b"]("called")
