x = f'{f"{f'{f"{1}"}'}"}'
print(x
