msg = "Hello " name " welcome"
