# -*- coding: latin-1 -*-
x = ['éèê' 1]
