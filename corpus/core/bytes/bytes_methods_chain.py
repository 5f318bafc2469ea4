# a small parsing task using several bytes methods together
raw = b'  Name: Alice \r\nAge: 30\r\nCity:  Paris  \r\n\r\n'
fields = {}
for line in raw.strip().splitlines():
    if not line:
        continue
    key, _, value = line.partition(b':')
    fields[key.strip().lower()] = value.strip()
print(fields)
print(b';'.join(k + b'=' + v for k, v in fields.items()))
print(int(fields[b'age']) + 1, fields[b'city'].upper().center(11, b'*'))
print(fields[b'name'].hex(' '), bytes.fromhex(fields[b'name'].hex()).decode())
