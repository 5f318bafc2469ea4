msg = "Grüße " 42 " ñ"
