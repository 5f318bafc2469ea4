template = "{greeting}, {name}!"
print(template.format(greeting="Hi", name="Al"))
print(template.format(greeting="Hi"))
