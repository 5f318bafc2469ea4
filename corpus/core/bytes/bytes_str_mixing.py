# mixing bytes and str: each side rejects the other with its own message
def t(s, f):
    try:
        print(s, '->', repr(f()))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
t('print sep bytes', lambda: print(b'a', b'b', sep=b''))
t('print end bytes', lambda: print(b'a', end=b''))
t('format width', lambda: '{:10}'.format(b'x'))
t('fstring s', lambda: f'{b"x"!s:>6}')
t('join str with bytes', lambda: ''.join([b'a']))
t('str startswith bytes', lambda: 'abc'.startswith(b'a'))
t('str in bytes list', lambda: 'a' in [b'a'])
t('str replace bytes', lambda: 'abc'.replace(b'a', 'x'))
t('bytes split str', lambda: b'a,b'.split(','))
t('dict get bytes', lambda: {'a': 1}.get(b'a'))
t('list index bytes', lambda: [b'a'].index('a'))
t('list.sort mixed', lambda: sorted([b'a', 'a']))
t('bytes in set lookup', lambda: b'a' in {b'a', 'a'})
t('set with str and bytes', lambda: len({b'a', 'a'}))
