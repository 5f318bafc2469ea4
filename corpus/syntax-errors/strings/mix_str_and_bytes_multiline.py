x = (b"abc"
     "def")
