items = {"a": [1, 2]}
value = (items
         .get("a")
         .index(5))
