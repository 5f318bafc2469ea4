# conform: skip-pyodide hash() values of bytes are 64-bit
# hash() of bytes: CPython's SipHash-1-3 values with PYTHONHASHSEED=0
print(hash(b''), hash(b'a'), hash(b'abc'), hash(b'\x00\xff'))
print(hash(b'hello') == hash(b'hel' + b'lo'))
print(b'abc'.__hash__() == hash(b'abc'))
print(hash(b'key' * 10))
