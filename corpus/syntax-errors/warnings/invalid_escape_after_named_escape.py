x = "\N{BULLET} \z"
