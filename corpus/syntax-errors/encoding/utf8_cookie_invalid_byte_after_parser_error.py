# coding: utf-8
x = 1
y = 2 +
z = "ÿ"
