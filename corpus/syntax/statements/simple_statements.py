# conform: args -m ast -a
import os
import os.path as osp, sys
from . import x
from .. import y
from ...pkg import z as zz
from .mod import (a, b as c,)
from os import *
x = y = z = 1
x += 1; x -= 1; x *= 2; x /= 2; x //= 1; x %= 3; x **= 2
x @= m; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
a.b = c[d] = e
del x, y
del (a), [b]
pass
x: int
x: int = 1
a.b: str
c[0]: float = 1.0
(d): int = 2
global g
