# conform: args -m ast -a
if True:
    	x = 1
    	y = 2
z = [
	1,
  2]
