from os import __debug__
