print(int('1_000'), int('1_0_0'), int('0x_ff', 16), int('0b_1010', 0), int('0o_7_7', 0))
for s in ['1__000', '_100', '100_', '0x__ff', '1_ 000', '_']:
    try:
        print(int(s, 0 if s.startswith('0x') else 10))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(' \t 42 \n'), int('-  5'.replace(' ', '')), int('\u0661\u0662'))
