for s in ['1+2j', ' ( 1-2j ) ', '(3)', 'j', '-J', '+j', '1e3j', '2.5e-3-1E2j', 'inf+nanj', '-infj', 'nanj', '1_0+2_0j', '  3  ', '0j', '-0-0j', '1.', '.5j', '\u0661+\u0662j']:
    print(repr(s), complex(s))
