x = "ab\U0001F60"
