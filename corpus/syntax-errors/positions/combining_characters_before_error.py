café = "é́"; x = = 1
