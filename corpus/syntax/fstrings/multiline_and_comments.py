# conform: args -m ast -a
x = 1
a = f"""
value: {
    x  # a comment inside the replacement field
    + 1
}
"""
b = f'''{x
}'''
c = f"{x:{x}}" f"""{x}"""
d = f"{
    x
}"
