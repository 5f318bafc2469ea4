"""Generates Terrarium's Unicode character name table from CPython 3.14's unicodedata.

Run with real CPython 3.14 (its unicodedata is the specification: Unicode 16.0):

    .cache/cpython/python3.14 scripts/gen-unicode-names.py data > interpreter/src/unicode/names-data.ts
    .cache/cpython/python3.14 scripts/gen-unicode-names.py fixture > interpreter/test/unicode/names.fixture.json

`data` writes the compact table that interpreter/src/unicode/names.ts decodes; `fixture` writes the
oracle's answers the tests compare with (a checksum of every name, a sample, lookups of odd
spellings, and \\N{...} literals compiled by CPython). Sizes and statistics go to stderr.

What is enumerated, and how:
  * unicodedata.name(chr(cp)) for every code point.
  * Name aliases and named sequences: CPython keeps them in its name table under private code
    points (Modules/unicodedata.c: aliases_start, named_sequences_start) that only the C API
    `unicodedata._ucnhash_CAPI` (getname with with_alias_and_seq=1) names; each name found there
    is then checked through the public unicodedata.lookup().
  * The names computed by rule rather than stored are found by asking lookup() about every code
    point (CJK UNIFIED IDEOGRAPH-, TANGUT IDEOGRAPH- which lookup() accepts though name() gives
    no name, ...) and by comparing name() with the rule (HANGUL SYLLABLE, the PREFIX-HEX names).

Encoding of the data (decoded by names.ts):
  Symbols are the 92 printable ASCII characters other than space, ' and \\ (value = index in
  ALPHABET). A "number" is written base 46: digits 46..91 carry (value % 46) and continue,
  a digit 0..45 ends it (most significant digit last).
  WORDS: the dictionary, in index order, separated by spaces (not front-coded: one split() call
    decodes it). Within each class of reference length the words are sorted, so names.ts finds a
    word's index by binary search in each class.
  A word reference: symbol s < K1 is word s; K1 <= s < K1 + K2 is followed by one more symbol t:
    word K1 + (s - K1) * 92 + t; otherwise two more symbols t, u:
    word K1 + K2 * 92 + ((s - K1 - K2) * 92 + t) * 92 + u.
  A name list: per name a header symbol h: if h < HDR_SPLIT, the name keeps the first
    (h % HDR_KEEP) words of the previous name and adds (h // HDR_KEEP) + 1 new words; otherwise
    two numbers follow: kept words and added words. Then the new word references. Words are
    joined with single spaces. Every BLOCK-th name keeps no words, so each block of BLOCK names
    decodes on its own.
  BLOCK_OFFSETS: where each block of NAMES starts (numbers: gap from the previous start).
  FIRST_WORD_BLOCKS: for each word that begins a stored name, in index order: the gap from the
    previous such word's index, the number of blocks with a name beginning with it, and those
    blocks (gaps from the previous one, the first from 0). lookup decodes only those blocks.
  Code points of the stored names: runs of consecutive code points, as numbers: gap from the end
    of the previous run, then length minus 1.
"""

import ctypes
import hashlib
import json
import sys
import unicodedata
from collections import Counter

ALPHABET = ''.join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "'\\")
B = len(ALPHABET)
assert B == 92
HALF = B // 2

# Names computed by rule: a prefix followed by the code point in upper-case hex.
HEX_PREFIXES = [
    'CJK UNIFIED IDEOGRAPH-',
    'TANGUT IDEOGRAPH-',
    'KHITAN SMALL SCRIPT CHARACTER-',
    'NUSHU CHARACTER-',
    'CJK COMPATIBILITY IDEOGRAPH-',
    'EGYPTIAN HIEROGLYPH-',
]
HANGUL_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H']
HANGUL_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
            'YU', 'EU', 'YI', 'I']
HANGUL_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
            'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']


def hangul_name(cp):
    s = cp - 0xAC00
    return 'HANGUL SYLLABLE ' + HANGUL_L[s // 588] + HANGUL_V[(s % 588) // 28] + HANGUL_T[s % 28]


def lookup(name):
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


def to_ranges(cps):
    out = []
    for c in cps:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


# ---------------------------------------------------------------------------------------------
# Facts from the oracle.

def collect():
    names = {}
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is not None:
            names[cp] = n

    # Code points whose name follows a rule, per rule (checked against name() and lookup()).
    computed = {}
    hangul = [cp for cp in names if names[cp].startswith('HANGUL SYLLABLE ')]
    assert hangul == list(range(0xAC00, 0xD7A4)), 'Hangul syllables moved'
    for cp in hangul:
        assert names[cp] == hangul_name(cp), hex(cp)
    hex_ranges = {}
    for prefix in HEX_PREFIXES:
        named = [cp for cp in names if names[cp] == prefix + '%X' % cp]
        accepted = [cp for cp in range(0x110000) if lookup(prefix + '%X' % cp) == chr(cp)]
        # Every name with the prefix follows the rule, and lookup() accepts at least those.
        assert named == [cp for cp in names if names[cp].startswith(prefix)], prefix
        assert set(named) <= set(accepted), prefix
        hex_ranges[prefix] = {'name': to_ranges(named), 'lookup': to_ranges(accepted)}
        for cp in named:
            computed[cp] = prefix
    for cp in hangul:
        computed[cp] = 'HANGUL SYLLABLE '

    # Aliases and named sequences, from the private code points of the name table.
    api = ctypes.pythonapi
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = api.PyCapsule_GetPointer(unicodedata._ucnhash_CAPI, b'unicodedata._ucnhash_CAPI')
    getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(
        ctypes.cast(capi, ctypes.POINTER(ctypes.c_void_p))[0])
    buf = ctypes.create_string_buffer(512)
    assert getname(0x41, buf, 512, 1) and buf.value == b'LATIN CAPITAL LETTER A'
    aliases, sequences = [], []
    for cp in range(0xF0000, 0xF1000):  # Plane 15 private use: nothing else is named there.
        if not getname(cp, buf, 512, 1):
            continue
        assert not getname(cp, buf, 512, 0) and getname(cp, buf, 512, 1)
        n = buf.value.decode('ascii')
        value = lookup(n)
        assert value, n
        if len(value) == 1:
            aliases.append((n, ord(value)))
        else:
            sequences.append((n, [ord(c) for c in value]))
    assert len(aliases) > 400 and len(sequences) > 400
    all_names = set(names.values())
    assert not any(n in all_names for n, _ in aliases + sequences)
    return names, computed, hex_ranges, aliases, sequences


# ---------------------------------------------------------------------------------------------
# Encoding.

def number(v):
    out = ''
    while v >= HALF:
        out += ALPHABET[HALF + v % HALF]
        v //= HALF
    return out + ALPHABET[v]


BLOCK = 64  # names per independently decodable block
HDR_KEEP = 10  # header symbols: keep 0..9 words, add 1..9 words


def name_headers(lists):
    """Per name list: [(kept, new_words)] by word-level front coding."""
    out = []
    for names in lists:
        prev = []
        coded = []
        for i, n in enumerate(names):
            ws = n.split(' ')
            assert all(ws), n
            if i % BLOCK == 0:
                prev = []  # each block decodes on its own
            k = 0
            while k < min(len(ws), len(prev)) and ws[k] == prev[k]:
                k += 1
            if k == len(ws):  # a name equal to a prefix of the previous one: add its last word
                k -= 1
            coded.append((k, ws[k:]))
            prev = ws
        out.append(coded)
    return out


def header(k, nnew):
    if k < HDR_KEEP and 1 <= nnew <= 9 and (nnew - 1) * HDR_KEEP + k < 90:
        return ALPHABET[(nnew - 1) * HDR_KEEP + k]
    return ALPHABET[90] + number(k) + number(nnew)


HDR_SPLIT = 90


def encode(names, computed, aliases, sequences):
    stored = sorted(cp for cp in names if cp not in computed)
    lists = [[names[cp] for cp in stored], [n for n, _ in aliases], [n for n, _ in sequences]]
    coded = name_headers(lists)
    uses = Counter(w for c in coded for _, ws in c for w in ws)
    ranked = [w for w, _ in sorted(uses.items(), key=lambda x: (-x[1], x[0]))]

    # Choose the split between 1-, 2- and 3-symbol word references that makes the data smallest.
    best = None
    for k1 in range(20, B):
        for k2 in range(0, B - k1 + 1):
            cap2 = k1 + k2 * B
            cap3 = cap2 + (B - k1 - k2) * B * B
            if cap3 < len(ranked):
                continue
            size = sum(uses[w] * (1 if i < k1 else 2 if i < cap2 else 3) for i, w in enumerate(ranked))
            if best is None or size < best[0]:
                best = (size, k1, k2)
    _, K1, K2 = best
    cap2 = K1 + K2 * B
    # Within a class the order is free: sort alphabetically so the dictionary front-codes well.
    order = sorted(ranked[:K1]) + sorted(ranked[K1:cap2]) + sorted(ranked[cap2:])
    index = {w: i for i, w in enumerate(order)}

    def ref(w):
        i = index[w]
        if i < K1:
            return ALPHABET[i]
        if i < cap2:
            j = i - K1
            return ALPHABET[K1 + j // B] + ALPHABET[j % B]
        j = i - cap2
        return ALPHABET[K1 + K2 + j // (B * B)] + ALPHABET[(j // B) % B] + ALPHABET[j % B]

    words = ' '.join(order)

    encoded = [[header(k, len(ws)) + ''.join(ref(w) for w in ws) for k, ws in c] for c in coded]
    texts = [''.join(e) for e in encoded]
    # Where each block of the stored names starts in their text (gaps from the previous start).
    block_offsets = ''
    pos = last = 0
    for i, e in enumerate(encoded[0]):
        if i % BLOCK == 0:
            block_offsets += number(pos - last)
            last = pos
        pos += len(e)
    # First word -> the blocks having a name that starts with it: word index gap, count, block gaps.
    first = {}
    for i, n in enumerate(lists[0]):
        blocks = first.setdefault(index[n.split(' ')[0]], [])
        if not blocks or blocks[-1] != i // BLOCK:
            blocks.append(i // BLOCK)
    first_index = ''
    last_word = 0
    for w in sorted(first):
        first_index += number(w - last_word) + number(len(first[w]))
        last_word = w
        last_block = 0
        for b in first[w]:
            first_index += number(b - last_block)
            last_block = b

    runs = ''
    end = -1
    for a, b in to_ranges(stored):
        runs += number(a - end - 1) + number(b - a)
        end = b
    alias_cps = ''.join(number(cp) for _, cp in aliases)
    seq_cps = ''.join(number(len(cps)) + ''.join(number(c) for c in cps) for _, cps in sequences)
    return {
        'K1': K1, 'K2': K2, 'words': words, 'names': texts[0], 'blockOffsets': block_offsets,
        'firstWordBlocks': first_index, 'runs': runs,
        'aliasNames': texts[1], 'aliasCodePoints': alias_cps, 'sequenceNames': texts[2], 'sequenceCodePoints': seq_cps,
    }, stored, order


def decode_check(enc, stored_names, aliases, sequences):
    """Decodes the encoding as names.ts does, to check the generator before anything is written."""
    val = {c: i for i, c in enumerate(ALPHABET)}
    words = enc['words'].split(' ')
    K1, K2 = enc['K1'], enc['K2']

    def read_number(s, i):
        v, m = 0, 1
        while val[s[i]] >= HALF:
            v += (val[s[i]] - HALF) * m
            m *= HALF
            i += 1
        return v + val[s[i]] * m, i + 1

    def names_of(s):
        out, prev, i = [], [], 0
        while i < len(s):
            h = val[s[i]]
            i += 1
            if h < HDR_SPLIT:
                k, n = h % HDR_KEEP, h // HDR_KEEP + 1
            else:
                k, i = read_number(s, i)
                n, i = read_number(s, i)
            ws = prev[:k]
            for _ in range(n):
                a = val[s[i]]
                if a < K1:
                    w, i = a, i + 1
                elif a < K1 + K2:
                    w, i = K1 + (a - K1) * B + val[s[i + 1]], i + 2
                else:
                    w = K1 + K2 * B + ((a - K1 - K2) * B + val[s[i + 1]]) * B + val[s[i + 2]]
                    i += 3
                ws.append(words[w])
            out.append(' '.join(ws))
            prev = ws
        return out

    assert names_of(enc['names']) == stored_names
    assert names_of(enc['aliasNames']) == [n for n, _ in aliases]
    assert names_of(enc['sequenceNames']) == [n for n, _ in sequences]


def js_string(s):
    assert "'" not in s and '\\' not in s
    return "'" + s + "'"


def write_data():
    names, computed, hex_ranges, aliases, sequences = collect()
    enc, stored, order = encode(names, computed, aliases, sequences)
    decode_check(enc, [names[cp] for cp in stored], aliases, sequences)
    cjk = hex_ranges['CJK UNIFIED IDEOGRAPH-']
    assert cjk['name'] == cjk['lookup']
    for p in HEX_PREFIXES[2:]:
        assert hex_ranges[p]['name'] == hex_ranges[p]['lookup'], p
    tangut = hex_ranges['TANGUT IDEOGRAPH-']
    assert tangut['name'] == []
    def ranges_ts(which, keep):
        rows = ["  ['%s', [%s]]," % (p, ', '.join('0x%X, 0x%X' % (a, b) for a, b in hex_ranges[p][which]))
                for p in HEX_PREFIXES if keep(p)]
        return '[\n' + '\n'.join(rows) + '\n]'
    hex_names = ranges_ts('name', lambda p: hex_ranges[p]['name'])
    hex_lookup_only = ranges_ts('lookup', lambda p: not hex_ranges[p]['name'] and hex_ranges[p]['lookup'])

    lines = [
        '// GENERATED by scripts/gen-unicode-names.py from CPython %s unicodedata (Unicode %s): do not edit.'
        % (sys.version.split()[0], unicodedata.unidata_version),
        '// Regenerate: .cache/cpython/python3.14 scripts/gen-unicode-names.py data > interpreter/src/unicode/names-data.ts',
        '// The encoding is described at the head of the generator; interpreter/src/unicode/names.ts decodes it.',
        '// Stored: %d names, %d aliases, %d named sequences, %d words. Computed by rule: HANGUL SYLLABLE and'
        % (len(stored), len(aliases), len(sequences), len(order)),
        '// PREFIX-HEX names (%d code points).' % len(computed),
        '',
        "export const UNIDATA_VERSION = '%s';" % unicodedata.unidata_version,
        '/** Names that are a prefix and the code point in upper-case hex: [prefix, [first, last, first, last...]]. */',
        'export const HEX_NAME_RANGES: ReadonlyArray<readonly [string, readonly number[]]> = %s;' % hex_names,
        '/** The same, for names that lookup() accepts but name() does not give. */',
        'export const HEX_LOOKUP_ONLY_RANGES: ReadonlyArray<readonly [string, readonly number[]]> = %s;'
        % hex_lookup_only,
        'export const WORD_CLASS_1 = %d;' % enc['K1'],
        'export const WORD_CLASS_2 = %d;' % enc['K2'],
        'export const BLOCK = %d;' % BLOCK,
    ]
    for key in ['words', 'names', 'blockOffsets', 'firstWordBlocks', 'runs', 'aliasNames', 'aliasCodePoints', 'sequenceNames', 'sequenceCodePoints']:
        const = ''.join('_' + c if c.isupper() else c.upper() for c in key)
        lines.append('export const %s =\n  %s;' % (const, js_string(enc[key])))
    out = '\n'.join(lines) + '\n'
    sys.stdout.write(out)
    raw = sum(len(n) + 1 for n in names.values())
    print('index: blocks %d bytes, first words %d bytes' % (len(enc['blockOffsets']), len(enc['firstWordBlocks'])),
          file=sys.stderr)
    print('data: %d bytes (raw names: %d bytes); words %d bytes, names %d, runs %d, aliases %d+%d, sequences %d+%d; '
          'word classes %d/%d' % (len(out.encode()), raw, len(enc['words']), len(enc['names']), len(enc['runs']),
                                  len(enc['aliasNames']), len(enc['aliasCodePoints']), len(enc['sequenceNames']),
                                  len(enc['sequenceCodePoints']), enc['K1'], enc['K2']), file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Fixture.

def compile_result(src):
    import ast
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = ast.parse(src)
        except SyntaxError as e:
            result = {'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
        except UnicodeDecodeError as e:  # a format spec's escapes (decoded without the conversion)
            result = {'error': [type(e).__name__, str(e), None, None, None, None]}
        else:
            result = {'dump': ast.dump(tree)}
    result['warnings'] = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
    return result


def write_fixture():
    names, computed, hex_ranges, aliases, sequences = collect()
    # lookup() accepts every name, alias and named sequence in lower case too (checked here, for all).
    for cp, n in names.items():
        assert lookup(n.lower()) == chr(cp) and lookup(n) == chr(cp), n
    for n, cp in aliases:
        assert lookup(n.lower()) == chr(cp), n
    for n, cps in sequences:
        assert lookup(n.lower()) == ''.join(map(chr, cps)), n
    h = hashlib.sha256()
    for cp in sorted(names):
        h.update(('%X:%s\n' % (cp, names[cp])).encode())
    ordered = sorted(names)
    sample = set(ordered[::97])
    # Both ends of every run of consecutive named code points.
    for a, b in to_ranges(ordered):
        sample.add(a)
        sample.add(b)
    sample = sorted(sample)

    probes = []
    for cp in sample[::20]:
        n = names[cp]
        probes += [n.lower(), n.title(), n[:-1], n + ' ', ' ' + n, n.replace(' ', '  ', 1), n.replace(' ', '_')]
    for p in HEX_PREFIXES:
        for r in hex_ranges[p]['lookup']:
            for cp in (r[0] - 1, r[0], r[1], r[1] + 1):
                probes += [p + '%X' % cp, p + '%x' % cp, p + '0%X' % cp, p + '%06X' % cp, p.lower() + '%X' % cp]
    probes += ['HANGUL SYLLABLE ' + x for x in ['', 'A', 'GA', 'GAG', 'GAGG', 'GGAGG', 'SSYAENG', 'KKA', 'AA', 'GAGS',
                                                  'G', 'NGA', 'YI', 'HIH', 'ga', 'Ga']]
    probes += ['HANGUL SYLLABLE', 'hangul syllable gag', 'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4E0',
               'TANGUT IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-+4E00', 'CJK UNIFIED IDEOGRAPH-4E00\0', '', ' ', 'A',
               'LATIN SMALL LETTER \u00c0', 'LATIN SMALL LETTER \u0131', 'LATIN SMALL LETTER \u017f', 'x' * 300,
               'LATIN SMALL LETTER A' + ' ' * 240, 'LATIN SMALL LETTER A\t']
    for n, _ in aliases[::5] + sequences[::5]:
        probes += [n.lower(), n + ' ']
    seen = set()
    lookups = []
    for p in probes:
        if p in seen:
            continue
        seen.add(p)
        try:
            v = unicodedata.lookup(p)
            lookups.append([p, [ord(c) for c in v]])
        except KeyError as e:
            lookups.append([p, str(e)])

    literal_names = ['NOT A NAME', 'LATIN SMALL LETTER A', 'latin small letter a', 'LINE FEED', 'LF', 'BYTE ORDER MARK',
                     'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP DIGIT ONE', 'TANGUT IDEOGRAPH-17000',
                     'TANGUT IDEOGRAPH-187F7', 'tangut ideograph-18d08', 'CJK UNIFIED IDEOGRAPH-4E00',
                     'cjk unified ideograph-2ee5d', 'HANGUL SYLLABLE GAG', 'EGYPTIAN HIEROGLYPH-13460',
                     'EGYPTIAN HIEROGLYPH A001', 'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18CFF',
                     'CJK COMPATIBILITY IDEOGRAPH-2FA1D', 'LATIN SMALL LETTER A ', 'GRINNING FACE',
                     'VARIATION SELECTOR-17', 'x' * 300, 'NULL', 'ZWJ']
    literal_names += [n for n, _ in aliases[::40]] + [n for n, _ in sequences[::40]]
    literals = []
    for n in literal_names:
        for tpl in ["x = '\\N{%s}'", "x = 'ab\\N{%s}cd'", "x = f'\\N{%s}'", "x = f'{1}ab\\N{%s}'",
                    "x = '''\n\\N{%s}'''", "x = rf'\\N{%s}'", "x = b'\\N{%s}'", "x = '\u00e9\\N{%s}'",
                    "x = t'\\N{%s}'"]:
            src = tpl % n
            literals.append([src, compile_result(src)])
    for src in ["x = f'{1:\\N{NOT A NAME}}'", "x = f'\\x4' + 1", "x = f'\\N{NOT A NAME}' f'a'",
                "x = (f'\\N{NOT A NAME}',\n 2)", "x = f'''\n\\N{NOT A NAME}\n'''", "x = f'\\N{NOT A NAME}{1}'",
                "x = f'{1:{2}\\N{NOT A NAME}}'", "x = 'a' f'\\N{BAD}'", "print(f'\\N{BAD}')",
                "x = t'{1:\\N{NOT A NAME}}'", "x = f'{1:\\N{LATIN SMALL LETTER A}}'", "x = f'{1!r:\\N{LF}>5}'"]:
        literals.append([src, compile_result(src)])

    out = {
        'generator': 'scripts/gen-unicode-names.py fixture (CPython %s, Unicode %s)'
                     % (sys.version.split()[0], unicodedata.unidata_version),
        'namedCount': len(names),
        'lowerCaseAccepted': True,
        'checksum': h.hexdigest(),
        'sample': [[cp, names[cp]] for cp in sample],
        'aliases': aliases,
        'sequences': sequences,
        'lookups': lookups,
        'literals': literals,
    }
    text = json.dumps(out, ensure_ascii=True, separators=(',', ':'))
    sys.stdout.write(text + '\n')
    print('fixture: %d bytes, %d sample names, %d lookups, %d literals'
          % (len(text), len(out['sample']), len(lookups), len(literals)), file=sys.stderr)


if __name__ == '__main__':
    if sys.argv[1:] == ['data']:
        write_data()
    elif sys.argv[1:] == ['fixture']:
        write_fixture()
    else:
        sys.exit('usage: python3.14 scripts/gen-unicode-names.py data|fixture')
