# zfill pads with zeros after a leading sign
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'42'.zfill(1), b''.zfill(3))
print(b'-'.zfill(3), b'abc'.zfill(6), b'3.14'.zfill(-1), b'--1'.zfill(5))
for arg in ['5', 1.5, None]:
    try:
        print(b'1'.zfill(arg))
    except TypeError as e:
        print(type(e).__name__, e)
