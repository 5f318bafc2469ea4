x = "größe \d"
