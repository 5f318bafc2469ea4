print "Grüß Gott", "日本"
