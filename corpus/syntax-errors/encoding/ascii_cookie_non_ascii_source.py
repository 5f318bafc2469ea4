# coding=ascii
x = "é"
