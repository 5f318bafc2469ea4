x = {a: b: c}
