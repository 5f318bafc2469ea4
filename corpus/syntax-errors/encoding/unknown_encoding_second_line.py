#!/usr/bin/env python3
# -*- coding: klingon -*-
x = 1
