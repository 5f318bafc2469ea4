if x:


# only comments follow
