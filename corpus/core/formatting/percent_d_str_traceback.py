print("%d items" % "three")
