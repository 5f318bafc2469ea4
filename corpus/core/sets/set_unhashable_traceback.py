tags = {"a", "b"}
tags.add(["c"])
