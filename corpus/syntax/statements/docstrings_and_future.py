# conform: args -m ast -a
"""Module docstring."""
from __future__ import annotations
from __future__ import (division,)
def f():
    """Function docstring."""
class C:
    """Class docstring."""
    def m(self):
        "Single-quoted docstring."
        return 1
