# Tests for cPickle (Python 2.5): the shared pickle tests run against the C
# module, the streams cPickle writes (which differ from pickle.py's: the
# memo counts from 1, strings shorter than 2 characters and objects only
# the caller refers to are not memoized, protocol 0 floats use %.17g),
# interoperability with pickle.py, and hostile input.

import unittest
import StringIO
import copy_reg
from test import test_support

import cPickle
import pickle

from test.test_pickle import PickleTests, Plain, Classic, make_tagged


class CPickleTests(PickleTests):

    module = cPickle
    first_memo = 1

    def test_exceptions(self):
        self.assert_(issubclass(cPickle.UnpickleableError,
                                cPickle.PicklingError))
        self.assert_(issubclass(cPickle.BadPickleGet,
                                cPickle.UnpicklingError))
        self.assertEqual(cPickle.PicklingError.__module__, 'cPickle')
        self.assertEqual(cPickle.PicklingError.__name__, 'PicklingError')

    def test_protocol0_streams(self):
        shared = ('text', u'uni\xe9', (1, 2), [1, [2]], {'k': 'v'})
        # The objects are referenced by `shared` too, so they are memoized.
        self.assertEqual(cPickle.dumps(shared[0], 0), "S'text'\np1\n.")
        self.assertEqual(cPickle.dumps(shared[1], 0), 'Vuni\xe9\np1\n.')
        self.assertEqual(cPickle.dumps(shared[2], 0), '(I1\nI2\ntp1\n.')
        self.assertEqual(cPickle.dumps(shared[3], 0),
                         '(lp1\nI1\na(lp2\nI2\naa.')
        # one-character strings are never memoized
        self.assertEqual(cPickle.dumps(shared[4], 0), "(dp1\nS'k'\nS'v'\ns.")
        self.assertEqual(cPickle.dumps(None, 0), 'N.')
        self.assertEqual(cPickle.dumps(True, 0), 'I01\n.')
        self.assertEqual(cPickle.dumps(False), 'I00\n.')
        self.assertEqual(cPickle.dumps(-1, 0), 'I-1\n.')
        self.assertEqual(cPickle.dumps(2 ** 70, 0),
                         'L1180591620717411303424L\n.')
        self.assertEqual(cPickle.dumps(1.5, 0), 'F1.5\n.')
        self.assertEqual(cPickle.dumps(1.0, 0), 'F1\n.')
        self.assertEqual(cPickle.dumps(0.1, 0), 'F0.10000000000000001\n.')
        self.assertEqual(cPickle.dumps((), 0), '(t.')

    def test_differs_from_pickle_py(self):
        t = (1, 'a')
        self.assertEqual(cPickle.dumps(t, 0), "(I1\nS'a'\ntp1\n.")
        self.assertEqual(pickle.dumps(t, 0), "(I1\nS'a'\np0\ntp1\n.")

    def test_unshared_objects_not_memoized(self):
        # An empty list only the call refers to needs no memo entry.
        self.assertEqual(cPickle.dumps([], 0), '(l.')
        self.assertEqual(cPickle.dumps({}, 1), '}.')
        x = []
        self.assertEqual(cPickle.dumps(x, 0), '(lp1\n.')

    def test_binary_streams(self):
        s = 'ab'
        self.assertEqual(cPickle.dumps(s, 1), 'U\x02abq\x01.')
        self.assertEqual(cPickle.dumps(5, 1), 'K\x05.')
        self.assertEqual(cPickle.dumps(300, 1), 'M,\x01.')
        self.assertEqual(cPickle.dumps(-1, 1), 'J\xff\xff\xff\xff.')
        self.assertEqual(cPickle.dumps(2 ** 40, 1), 'I1099511627776\n.')
        self.assertEqual(cPickle.dumps(1.5, 1),
                         'G?\xf8\x00\x00\x00\x00\x00\x00.')
        self.assertEqual(cPickle.dumps(0L, 2), '\x80\x02\x8a\x00.')
        self.assertEqual(cPickle.dumps(-129L, 2), '\x80\x02\x8a\x02\x7f\xff.')
        self.assertEqual(cPickle.dumps(2 ** 70, 2),
                         '\x80\x02\x8a\t' + '\x00' * 8 + '@.')
        l = [1, 2, 3]
        self.assertEqual(cPickle.dumps(l, 1), ']q\x01(K\x01K\x02K\x03e.')
        t = (1, 2)
        self.assertEqual(cPickle.dumps(t, 2), '\x80\x02K\x01K\x02\x86q\x01.')
        self.assertEqual(cPickle.dumps((), 2), '\x80\x02).')

    def test_classic_instance_stream(self):
        obj = Classic()
        self.assertEqual(cPickle.dumps(obj, 0),
                         "(itest.test_pickle\nClassic\np1\n(dp2\nS'v'\n"
                         "S'old-style'\np3\nsb.")

    def test_same_as_pickle_for_scalars(self):
        for v in [None, True, 0, -1, 300, 2 ** 40, 2 ** 70, 1.5, 0.1]:
            for proto in 0, 1, 2:
                self.assertEqual(cPickle.dumps(v, proto),
                                 pickle.dumps(v, proto))

    def test_interoperability(self):
        data = {'list': range(5), 'nested': {'t': (1, 2.5, u'x\n\\')},
                'obj': Plain([1, 2]), 'classic': Classic()}
        for proto in 0, 1, 2:
            back = pickle.loads(cPickle.dumps(data, proto))
            self.assertEqual(back['nested'], data['nested'])
            self.assertEqual(back['obj'], data['obj'])
            back = cPickle.loads(pickle.dumps(data, proto))
            self.assertEqual(back['nested'], data['nested'])
            self.assertEqual(back['obj'], data['obj'])
            self.assertEqual(back['classic'].v, 'old-style')

    def test_list_based_pickler(self):
        p = cPickle.Pickler(1)
        p.dump([1, 2])
        self.assertEqual(cPickle.loads(p.getvalue()), [1, 2])
        p = cPickle.Pickler()
        p.dump('x')
        self.assertEqual(p.getvalue(), "S'x'\n.")

    def test_pickler_attributes(self):
        f = StringIO.StringIO()
        p = cPickle.Pickler(f, 2)
        self.assertEqual(p.binary, 1)
        self.assertEqual(p.fast, 0)
        self.assert_(p.PicklingError is cPickle.PicklingError)
        self.assertEqual(p.memo, {})
        obj = [1]
        p.dump(obj)
        self.assertEqual(len(p.memo), 1)
        self.assertRaises(TypeError, setattr, p, 'memo', [])
        self.assertRaises(TypeError, cPickle.Pickler, 42, 1)

    def test_fast_mode(self):
        f = StringIO.StringIO()
        p = cPickle.Pickler(f, 1)
        p.fast = 1
        shared = [1]
        p.dump([shared, shared])
        self.assertEqual(cPickle.loads(f.getvalue()), [[1], [1]])
        l = []
        l.append(l)
        p = cPickle.Pickler(StringIO.StringIO(), 1)
        p.fast = 1
        self.assertRaises(ValueError, p.dump, l)

    def test_find_global(self):
        u = cPickle.Unpickler(StringIO.StringIO('c__builtin__\nlen\n.'))
        u.find_global = None
        self.assertRaises(cPickle.UnpicklingError, u.load)
        seen = []
        def finder(module, name):
            seen.append((module, name))
            return 'found'
        u = cPickle.Unpickler(StringIO.StringIO('c__builtin__\nlen\n.'))
        u.find_global = finder
        self.assertEqual(u.load(), 'found')
        self.assertEqual(seen, [('__builtin__', 'len')])

    def test_persistent_load_list(self):
        f = StringIO.StringIO()
        p = cPickle.Pickler(f, 1)
        p.persistent_id = lambda o: (o in ('a1', 'b2') and o) or None
        p.dump(['a1', 'keep', 'b2'])
        u = cPickle.Unpickler(StringIO.StringIO(f.getvalue()))
        ids = []
        u.persistent_load = ids
        u.noload()
        self.assertEqual(ids, ['a1', 'b2'])

    def test_noload_does_not_import(self):
        u = cPickle.Unpickler(StringIO.StringIO('cno_such_module_xyz\nf\n)R.'))
        self.assertEqual(u.noload(), None)

    def test_no_persistent_load(self):
        self.assertRaises(cPickle.UnpicklingError, cPickle.loads, 'Pabc\n.')

    def test_unpickler_memo(self):
        u = cPickle.Unpickler(StringIO.StringIO('Np5\n.'))
        u.load()
        self.assertEqual(u.memo, {5: None})
        u = cPickle.Unpickler(StringIO.StringIO('h\x07.'))
        u.memo = {7: 'seven'}
        self.assertEqual(u.load(), 'seven')

    def test_bad_get(self):
        self.assertRaises(cPickle.BadPickleGet, cPickle.loads, 'Nh\x05.')
        self.assertRaises(cPickle.BadPickleGet, cPickle.loads, 'g3\n.')

    def test_invalid_load_key(self):
        try:
            cPickle.loads('Z')
        except cPickle.UnpicklingError, e:
            self.assertEqual(str(e), "invalid load key, 'Z'.")
        else:
            self.fail("no error")

    def test_stack_checks(self):
        UE = cPickle.UnpicklingError
        for data in ['0', 'N0.', '(a.', '](a.', ']N(a.', '}N(Ns.', 'b.',
                     'Nb.', 'R.', 'NR.', '\x85.', '\x86.', 'N\x87.', '1.',
                     't.', 'l.', 'd.', 'e.', 'u.', 'o.', '2.', 'Q.',
                     '\x81.', 'N\x81.', '(p1\n.', '(q\x01.']:
            self.assertRaises(UE, cPickle.loads, data)

    def test_mark_is_a_fence(self):
        # Objects below a MARK cannot be taken by opcodes after it.
        self.assertRaises(cPickle.UnpicklingError, cPickle.loads, ']N(a.')
        self.assertEqual(cPickle.loads('(NN1N.'), None)

    def test_negative_lengths(self):
        for op in 'TX\x8b':
            self.assertRaises(cPickle.UnpicklingError, cPickle.loads,
                              op + '\xff\xff\xff\xff.')

    def test_huge_length_from_file(self):
        # Reading from a file: the length is checked before read() is asked
        # for 2 GB.
        f = StringIO.StringIO('T\xff\xff\xff\x7fabc')
        try:
            cPickle.Unpickler(f).load()
        except (EOFError, MemoryError):
            pass
        else:
            self.fail("no error")

    def test_reduce_error_carries_context(self):
        self.assertRaises(TypeError, cPickle.loads,
                          'c__builtin__\nint\n(S"x"\nI1\nI2\ntR.')

    def test_random_mutations_never_crash(self):
        import random
        rnd = random.Random(12345)
        seeds = [cPickle.dumps([1, 'abc', (2.5, u'x'), {'k': 2 ** 70},
                                Plain(1), Classic()], p) for p in (0, 1, 2)]
        for i in xrange(3000):
            s = list(rnd.choice(seeds))
            for j in range(rnd.randrange(1, 4)):
                if not s:
                    break
                pos = rnd.randrange(len(s))
                if rnd.random() < 0.5:
                    s[pos] = chr(rnd.randrange(256))
                else:
                    del s[pos]
            try:
                cPickle.loads(''.join(s))
            except Exception:
                pass


def test_main():
    test_support.run_unittest(CPickleTests)

if __name__ == '__main__':
    test_main()
