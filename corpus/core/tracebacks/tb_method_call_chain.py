# Chained method calls across lines; the failing call is the last link.
text = "a,b,c"
parts = (text
         .upper()
         .split(",")
         .index("z"))
