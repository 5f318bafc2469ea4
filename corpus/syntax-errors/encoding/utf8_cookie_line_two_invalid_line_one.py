#ÿ
# coding: utf-8
