# ordering bytes against str, uncaught
keys = [b'b', 'a', b'c']
print(sorted(keys))
