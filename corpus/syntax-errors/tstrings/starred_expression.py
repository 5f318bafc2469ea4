x = t"{*items}"
