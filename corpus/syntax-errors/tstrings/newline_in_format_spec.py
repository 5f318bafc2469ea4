x = t"{value:abc
}"
