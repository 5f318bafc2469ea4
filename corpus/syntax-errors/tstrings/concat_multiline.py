x = (
    t"first {1}"
    t"second"
    "third"
)
