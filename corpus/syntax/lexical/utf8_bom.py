# conform: args -m ast -a
x = 'bom'
