x = f"""
line one
value {}
"""
