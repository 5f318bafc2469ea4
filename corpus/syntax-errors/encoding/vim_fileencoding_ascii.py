#!/usr/bin/env python
# vim: set fileencoding=ascii :
x = "é"
