# startswith/endswith with a bytes or a tuple of bytes, and start/end
b = b'filename.tar.gz'
print(b.startswith(b'file'), b.startswith(b'name'), b.startswith(b''), b.startswith(b'file', 0, 3))
print(b.endswith(b'.gz'), b.endswith((b'.zip', b'.gz')), b.endswith((b'.zip', b'.rar')), b.endswith(()))
print(b.startswith(b'name', 4), b.endswith(b'tar', 0, -3), b.startswith(b'gz', -2), b.endswith(b'', 20))
print(b''.startswith(b''), b''.endswith(b'x'), b'abc'.startswith(b'abc', 0, 2))
