with a:
    # only a comment
