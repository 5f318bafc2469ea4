café = 1
total = "naïve résumé" + café / 0
