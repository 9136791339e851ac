# Writes seed inputs for fuzz_marshal into corpus_marshal/: marshalled
# values of every type marshal knows, and the code objects of a few
# programs.  Run with the built interpreter: ../../python make_marshal_corpus.py
import marshal, os, sys

out = 'corpus_marshal'
if not os.path.isdir(out):
    os.mkdir(out)

values = [
    None, True, False, 0, 1, -1, 2 ** 31, -2 ** 63, 2 ** 64, -(10 ** 40),
    0.0, -1.5, 1e300, 3j, 1 + 2j, '', 'abc', 'x' * 300, u'', u'\u20ac\xe9',
    (), (1, 'a'), [1, [2, [3]]], {'a': 1, 2: (3,)}, set([1, 2]),
    frozenset(['x']), StopIteration, Ellipsis,
    intern('interned'), (intern('n1'), intern('n1')),
]
n = 0
for v in values:
    for version in (0, 1):
        f = open(os.path.join(out, 'value_%03d' % n), 'wb')
        f.write(marshal.dumps(v, version))
        f.close()
        n += 1

sources = [
    'x = 1\n',
    'def f(a, b=2, *c, **d):\n    return a + b\nprint f(1)\n',
    'class C(object):\n    def m(self):\n        yield self\n',
    'def g():\n    x = 1\n    def h():\n        return x\n    return h\n',
    'try:\n    pass\nexcept ValueError, e:\n    pass\nfinally:\n    pass\n',
    'print [i * i for i in range(10) if i % 2]\n',
    'lambda *a, **k: (a, k)\n',
]
for i, src in enumerate(sources):
    co = compile(src, '<seed%d>' % i, 'exec')
    f = open(os.path.join(out, 'code_%02d' % i), 'wb')
    f.write(marshal.dumps(co))
    f.close()
print 'wrote', n + len(sources), 'files'
