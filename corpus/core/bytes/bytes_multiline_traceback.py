# a failing bytes operation spread over several lines, uncaught
prefix = b'id:'
number = 42
label = (
    prefix
    + number
)
