# coding: utf-8
x = "abc
y = "ÿ"
