z = -0.0
print(z, -z, z + 0.0, 0.0 + z, z - 0.0, z * 1, z * -1, abs(z), -(0.0))
print(z == 0.0, z < 0.0, str(z), repr(z), format(z, '.2f'), round(z), round(z, 1))
print(0.0 * -5, -5 * 0.0, 0 * -1.0, z / 5, 5 / float('-inf'), -1e-320 * 1e-10)
print(z // 1, z % 1, divmod(z, 1), 1 % -1.0, -1 % 1.0)
print(int(z), z.is_integer(), z.hex(), z.as_integer_ratio(), bool(z))
