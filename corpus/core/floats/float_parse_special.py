for s in ['inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'nan', '-nan', 'NaN', '+nan', '  1e5 ', '\t-2.5\n',
          '1E+3', '.5', '5.', '-.5e-3', '1e-400', '1e400', '-1e400', '0.000001', '1_000.000_1', '1e1_0', '\u0661.\u0662']:
    print(repr(s), repr(float(s)))
