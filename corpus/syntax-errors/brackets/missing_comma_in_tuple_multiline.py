t = (
    "alpha",
    "beta"
    gamma,
)
