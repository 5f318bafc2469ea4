x = f"{value:abc
}"
