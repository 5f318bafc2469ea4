for bad in [[1], {1: 2}, {3}, ([4],)]:
    try:
        {bad}
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        set([bad])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        frozenset([bad])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad in {1}
    except TypeError as e:
        print(type(e).__name__, e)
