x = {"a": 1}["b"]  # a trailing comment after the failing expression
