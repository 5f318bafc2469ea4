doc = """first line
second line
third line
