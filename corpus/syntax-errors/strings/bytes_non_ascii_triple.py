data = b"""line one
line twö"""
