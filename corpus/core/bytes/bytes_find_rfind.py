# find/rfind return -1 when missing; sub may be bytes or an int
b = b'abracadabra'
print(b.find(b'abra'), b.rfind(b'abra'), b.find(b'cad'), b.find(b'zzz'), b.rfind(b'zzz'))
print(b.find(b''), b.rfind(b''), b.find(b'', 11), b.find(b'', 12))
print(b.find(ord('c')), b.rfind(98), b.find(0))
print(b.find(b'a', 1), b.find(b'a', 1, 3), b.rfind(b'a', 0, -1), b.find(b'bra', -4))
print(b.find(b'abra', None, None), b.rfind(b'a', None, 5))
for sub in ['a', 300, None]:
    try:
        print(b.find(sub))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
