# Count words of a generated ~200,000-word text with d[w] = d.get(w, 0) + 1.
vocab = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
         'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho']
words = []
x = 12345
for _ in range(200000):
    x = (x * 1103515245 + 12345) % 2147483648
    words.append(vocab[x % len(vocab)] + str(x % 50))
text = ' '.join(words)
d = {}
for w in text.split():
    d[w] = d.get(w, 0) + 1
print(len(d), d['alpha0'] if 'alpha0' in d else 0, max(d.values()))
