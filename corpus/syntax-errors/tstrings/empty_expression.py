x = t"value: {}"
