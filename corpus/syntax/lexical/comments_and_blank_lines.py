# conform: args -m ast -a
# leading comment

x = 1  # trailing comment


def f():
    # comment in body

    return 1  # another

    # trailing comment in body
# final comment
