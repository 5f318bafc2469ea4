# extended slices: positive and negative steps, omitted bounds, out-of-range bounds
s = "0123456789"
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1] == "")
print(s[-1:-4:-1], s[-4:-1], s[:-11:-1], s[100:0:-3], s[-100:100:4], s[5::-1], s[:5:-1])
print(s[::10], s[::11], s[::-10], s[3:3], s[3:3:-1], s[::1])
print(s[None:None:None], s[None:3], s[7:None:-3])
print(s[slice(2, 8, 3)], s[slice(None, None, -4)], s[slice(4)])
