# Tests for the pickle module (Python 2.5): the exact opcode streams of
# protocols 0, 1 and 2, round trips of every kind of object, the object
# protocols (__reduce__, __reduce_ex__, __getstate__, __setstate__,
# __getinitargs__, __getnewargs__), persistent ids, the copy_reg
# extension registry, and rejection of malformed data.
#
# PickleTests is shared with test_cpickle, which runs it against cPickle.

import unittest
import copy_reg
import StringIO
from test import test_support

import pickle


# --- classes at module level, so that they can be found by name ---------

class Plain(object):
    def __init__(self, x=None):
        self.x = x

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __ne__(self, other):
        return not self == other


class Classic:
    def __init__(self):
        self.v = 'old-style'


class WithInitArgs:
    initialised = 0

    def __init__(self, a, b):
        self.a = a
        self.b = b
        WithInitArgs.initialised += 1

    def __getinitargs__(self):
        return (self.a, self.b)


class WithState(object):
    def __init__(self):
        self.value = 5

    def __getstate__(self):
        return {'value': self.value * 2}

    def __setstate__(self, state):
        self.value = state['value'] + 1


class ClassicWithState:
    def __getstate__(self):
        return ('a', 'tuple', 'state')

    def __setstate__(self, state):
        self.got = state


class Slotted(object):
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = [2]


class Reduced(object):
    def __reduce__(self):
        return (make_tagged, ('reduced', 3))


def make_tagged(tag, n):
    return [tag, n]


class ReducedEx(object):
    def __reduce_ex__(self, proto):
        return (make_tagged, ('proto', proto))


class ByName(object):
    def __reduce__(self):
        return 'by_name_instance'

by_name_instance = ByName()


class NewArgs(object):
    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.args = (a, b)
        return self

    def __getnewargs__(self):
        return self.args


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


def module_function():
    return 42


# --- the shared tests ---------------------------------------------------

class PickleTests(unittest.TestCase):

    module = pickle

    def dumps(self, obj, proto=0):
        return self.module.dumps(obj, proto)

    def loads(self, data):
        return self.module.loads(data)

    def roundtrip(self, obj, proto):
        return self.loads(self.dumps(obj, proto))

    def test_module_constants(self):
        m = self.module
        self.assertEqual(m.HIGHEST_PROTOCOL, 2)
        self.assertEqual(m.format_version, "2.0")
        self.assert_("1.0" in m.compatible_formats)
        self.assert_("2.0" in m.compatible_formats)
        self.assert_(issubclass(m.PicklingError, m.PickleError))
        self.assert_(issubclass(m.UnpicklingError, m.PickleError))
        self.assert_(issubclass(m.PickleError, Exception))

    def test_scalars_roundtrip(self):
        values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536,
                  -65536, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 40, -2 ** 40,
                  0L, 1L, -1L, 127L, 128L, 255L, -128L, -129L, 2 ** 70,
                  -2 ** 70, 2 ** 3000, -(2 ** 3000), 0.0, 1.0, -2.5,
                  1e300, 1.1, 3.141592653589793, -1e-300,
                  '', 'a', 'ab', 'x' * 300, '\x00\xff\n\\\'"',
                  u'', u'a', u'uni\xe9', u'\u1234\U00012345', u'a\\b\nc',
                  1 + 2j]
        for proto in 0, 1, 2:
            for v in values:
                back = self.roundtrip(v, proto)
                self.assertEqual(back, v)
                self.assertEqual(type(back), type(v))

    def test_bool_identity(self):
        for proto in 0, 1, 2:
            self.assert_(self.roundtrip(True, proto) is True)
            self.assert_(self.roundtrip(False, proto) is False)
            self.assert_(self.roundtrip(None, proto) is None)

    def test_containers_roundtrip(self):
        data = {'list': range(5), 'nested': {'t': (1, 2.5, u'x')},
                'none': None, (1, 2): [(), [], {}], 'big': range(2500),
                'bigdict': dict([(i, str(i)) for i in range(2100)])}
        for proto in 0, 1, 2:
            self.assertEqual(self.roundtrip(data, proto), data)

    def test_tuples_of_every_size(self):
        for proto in 0, 1, 2:
            for n in range(6):
                t = tuple(range(n))
                self.assertEqual(self.roundtrip(t, proto), t)

    def test_shared_references(self):
        shared = [1]
        for proto in 0, 1, 2:
            back = self.roundtrip([shared, shared, (shared,)], proto)
            self.assert_(back[0] is back[1])
            self.assert_(back[2][0] is back[0])

    def test_recursive_list_and_dict(self):
        l = []
        l.append(l)
        d = {}
        d['me'] = d
        for proto in 0, 1, 2:
            back = self.roundtrip(l, proto)
            self.assert_(back[0] is back)
            back = self.roundtrip(d, proto)
            self.assert_(back['me'] is back)

    def test_recursive_tuple(self):
        t = ([],)
        t[0].append(t)
        big = ([], 1, 2, 3, 4)
        big[0].append(big)
        for proto in 0, 1, 2:
            back = self.roundtrip(t, proto)
            self.assert_(back[0][0] is back)
            back = self.roundtrip(big, proto)
            self.assert_(back[0][0] is back)
            self.assertEqual(back[1:], (1, 2, 3, 4))

    def test_recursive_instance(self):
        a = Plain([1])
        a.me = a
        for proto in 0, 1, 2:
            back = self.roundtrip(a, proto)
            self.assert_(back.me is back)
            self.assertEqual(back.x, [1])

    def test_new_style_instance(self):
        p = Plain([2])
        for proto in 0, 1, 2:
            q = self.roundtrip(p, proto)
            self.assert_(type(q) is Plain)
            self.assertEqual(q, p)

    def test_classic_instance(self):
        for proto in 0, 1, 2:
            back = self.roundtrip(Classic(), proto)
            self.assertEqual(back.v, 'old-style')
            self.assertEqual(back.__class__, Classic)

    def test_getinitargs(self):
        for proto in 0, 1, 2:
            before = WithInitArgs.initialised
            data = self.dumps(WithInitArgs(1, 'z'), proto)
            back = self.loads(data)
            self.assertEqual((back.a, back.b), (1, 'z'))
            # __init__ runs again when the instance is loaded
            self.assertEqual(WithInitArgs.initialised, before + 2)

    def test_classic_without_initargs_skips_init(self):
        data = self.dumps(Classic(), 0)
        original = Classic.__dict__['__init__']
        def forbidden(self):
            raise AssertionError("__init__ called while unpickling")
        Classic.__init__ = forbidden
        try:
            back = self.loads(data)
        finally:
            Classic.__init__ = original
        self.assertEqual(back.v, 'old-style')

    def test_getstate_setstate(self):
        for proto in 0, 1, 2:
            self.assertEqual(self.roundtrip(WithState(), proto).value, 11)
            back = self.roundtrip(ClassicWithState(), proto)
            self.assertEqual(back.got, ('a', 'tuple', 'state'))

    def test_slots(self):
        back = self.roundtrip(Slotted(), 2)
        self.assertEqual((back.a, back.b), (1, [2]))
        for proto in 0, 1:
            self.assertRaises(TypeError, self.dumps, Slotted(), proto)

    def test_reduce(self):
        for proto in 0, 1, 2:
            self.assertEqual(self.roundtrip(Reduced(), proto),
                             ['reduced', 3])
            self.assertEqual(self.roundtrip(ReducedEx(), proto),
                             ['proto', proto])
            self.assert_(self.roundtrip(by_name_instance, proto)
                         is by_name_instance)

    def test_getnewargs(self):
        obj = NewArgs(1, 'b')
        back = self.roundtrip(obj, 2)
        self.assertEqual(back.args, (1, 'b'))
        self.assert_(type(back) is NewArgs)
        # NEWOBJ carries the class and the arguments
        self.assert_('\x81' in self.dumps(obj, 2))

    def test_builtin_subclasses(self):
        for proto in 0, 1, 2:
            ml = MyList([1, 2])
            ml.attr = 'q'
            back = self.roundtrip(ml, proto)
            self.assert_(type(back) is MyList)
            self.assertEqual(back, [1, 2])
            self.assertEqual(back.attr, 'q')
            back = self.roundtrip(MyDict(a=1), proto)
            self.assert_(type(back) is MyDict)
            self.assertEqual(back, {'a': 1})
            back = self.roundtrip(MyInt(7), proto)
            self.assert_(type(back) is MyInt)
            self.assertEqual(back, 7)
            back = self.roundtrip(MyStr('s'), proto)
            self.assert_(type(back) is MyStr)
            self.assertEqual(back, 's')

    def test_globals_by_name(self):
        for proto in 0, 1, 2:
            for obj in (Plain, Classic, module_function, len, int,
                        unittest.TestCase):
                self.assert_(self.roundtrip(obj, proto) is obj)

    def test_global_stream(self):
        self.assertEqual(self.dumps(len, 0), 'c__builtin__\nlen\np%d\n.'
                         % self.first_memo)
        self.assertEqual(self.dumps(Plain, 2),
                         '\x80\x02c%s\nPlain\nq%s.' %
                         (__name__, chr(self.first_memo)))

    def test_unpicklable_objects(self):
        PE = self.module.PicklingError
        for proto in 0, 1, 2:
            self.assertRaises((PE, TypeError), self.dumps, lambda: 0, proto)
            local = Plain()
            def nested():
                pass
            self.assertRaises((PE, TypeError), self.dumps, nested, proto)

    def test_reduce_errors(self):
        class BadReduce(object):
            def __reduce__(self):
                return 42
        class ShortReduce(object):
            def __reduce__(self):
                return (make_tagged,)
        class BadArgs(object):
            def __reduce__(self):
                return (make_tagged, [1, 2])
        PE = self.module.PicklingError
        for cls in BadReduce, ShortReduce, BadArgs:
            self.assertRaises(PE, self.dumps, cls(), 0)

    def test_set_and_frozenset(self):
        for proto in 0, 1, 2:
            self.assertEqual(self.roundtrip(set([1, 2]), proto), set([1, 2]))
            self.assertEqual(self.roundtrip(frozenset('ab'), proto),
                             frozenset('ab'))

    def test_protocol_argument(self):
        self.assertEqual(self.dumps(None, -1), '\x80\x02N.')
        self.assertRaises(ValueError, self.module.dumps, None, 3)
        self.assertEqual(self.module.dumps(None), 'N.')

    def test_dump_and_load_files(self):
        f = StringIO.StringIO()
        self.module.dump([1, 2], f)
        self.module.dump({'a': 1}, f, 1)
        self.module.dump('x', f, 2)
        f.seek(0)
        self.assertEqual(self.module.load(f), [1, 2])
        self.assertEqual(self.module.load(f), {'a': 1})
        self.assertEqual(self.module.load(f), 'x')
        self.assertRaises(EOFError, self.module.load, f)

    def test_pickler_memo_across_dumps(self):
        f = StringIO.StringIO()
        p = self.module.Pickler(f, 2)
        obj = [1, 2]
        p.dump(obj)
        p.dump(obj)
        p.clear_memo()
        p.dump(obj)
        f.seek(0)
        u = self.module.Unpickler(f)
        a = u.load()
        b = u.load()
        c = u.load()
        self.assert_(a is b)
        self.assert_(c is not a)
        self.assertEqual(c, obj)

    def test_persistent_ids(self):
        for proto in 0, 1, 2:
            f = StringIO.StringIO()
            p = self.module.Pickler(f, proto)
            p.persistent_id = lambda o: (o == 'ext' and 'X') or None
            p.dump(['a', 'ext', 'b'])
            u = self.module.Unpickler(StringIO.StringIO(f.getvalue()))
            u.persistent_load = lambda pid: 'loaded-' + pid
            self.assertEqual(u.load(), ['a', 'loaded-X', 'b'])

    def test_extension_registry(self):
        copy_reg.add_extension(__name__, 'Plain', 240)
        copy_reg.add_extension(__name__, 'Classic', 0x1234)
        copy_reg.add_extension(__name__, 'module_function', 0x123456)
        try:
            self.assertEqual(self.dumps(Plain, 2), '\x80\x02\x82\xf0.')
            self.assertEqual(self.dumps(Classic, 2), '\x80\x02\x834\x12.')
            self.assertEqual(self.dumps(module_function, 2),
                             '\x80\x02\x84V4\x12\x00.')
            for obj in Plain, Classic, module_function:
                self.assert_(self.roundtrip(obj, 2) is obj)
            # protocols 0 and 1 still use GLOBAL
            self.assert_(self.dumps(Plain, 1).startswith('c'))
        finally:
            copy_reg.remove_extension(__name__, 'Plain', 240)
            copy_reg.remove_extension(__name__, 'Classic', 0x1234)
            copy_reg.remove_extension(__name__, 'module_function', 0x123456)
        self.assertRaises(ValueError, self.loads, '\x80\x02\x82\xf1.')

    def test_deep_nesting_is_an_error_not_a_crash(self):
        l = []
        x = l
        for i in range(100000):
            x.append([])
            x = x[0]
        self.assertRaises(RuntimeError, self.dumps, l, 2)

    def test_deep_data_loads(self):
        # Loading is not recursive: deep data is fine.
        data = '\x80\x02' + ']' * 20000 + 'a' * 19999 + '.'
        back = self.loads(data)
        depth = 0
        while back:
            back = back[0]
            depth += 1
        self.assertEqual(depth, 19999)

    # -- malformed data -------------------------------------------------

    def check_bad(self, data, *errors):
        if not errors:
            errors = (self.module.UnpicklingError, EOFError, ValueError,
                      IndexError, KeyError, TypeError, AttributeError)
        try:
            self.loads(data)
        except errors:
            pass
        else:
            self.fail("no error for %r" % (data,))

    def test_truncated_data(self):
        for proto in 0, 1, 2:
            data = self.dumps([1, 'abc', (2.5, u'x'), {'k': 2 ** 70}], proto)
            for n in range(len(data)):
                self.check_bad(data[:n])

    def test_bad_data(self):
        self.check_bad('')
        self.check_bad('N0.')            # POP leaves nothing for STOP
        self.check_bad('0')              # POP on an empty stack
        self.check_bad('t.')             # TUPLE without MARK
        self.check_bad('a.')             # APPEND without a list
        self.check_bad('Nh\x05.')        # GET of an unknown memo index
        self.check_bad("S'abc\n.", ValueError)
        self.check_bad("Sabc\n.", ValueError)
        self.check_bad('\x80\x03N.', ValueError)
        self.check_bad('I1x\n.', ValueError)
        self.check_bad('F1.5x\n.', ValueError)
        self.check_bad('garbage')

    def test_huge_lengths(self):
        # A length of 2**31-1 with no data must not allocate 2 GB.
        for op in 'TX\x8b':
            self.check_bad(op + '\xff\xff\xff\x7f' + 'a' * 10,
                           EOFError, MemoryError)

    def test_huge_memo_index(self):
        back = self.loads('Nr\xff\xff\xff\x7fj\xff\xff\xff\x7f.')
        self.assert_(back is None)

    def test_find_class_uses_import(self):
        self.assert_(self.loads('c__builtin__\nlen\n.') is len)
        self.check_bad('cno_such_module_xyz\nname\n.', ImportError)
        self.check_bad('c__builtin__\nno_such_name\n.', AttributeError)



class PickleModuleTests(PickleTests):
    """pickle.py: its exact streams (CPython 2.5's pickle.py output)."""

    module = pickle
    first_memo = 0

    def test_protocol0_streams(self):
        expected = [
            (None, 'N.'),
            (True, 'I01\n.'),
            (False, 'I00\n.'),
            (0, 'I0\n.'),
            (-1, 'I-1\n.'),
            (2 ** 70, 'L1180591620717411303424L\n.'),
            (1.5, 'F1.5\n.'),
            ('text', "S'text'\np0\n."),
            (u'uni\xe9', 'Vuni\xe9\np0\n.'),
            ((1, 2), '(I1\nI2\ntp0\n.'),
            ((), '(t.'),
            ([1, [2]], '(lp0\nI1\na(lp1\nI2\naa.'),
            ({'k': 'v'}, "(dp0\nS'k'\np1\nS'v'\np2\ns."),
            (u'\u1234', 'V\\u1234\np0\n.'),
        ]
        for obj, data in expected:
            self.assertEqual(pickle.dumps(obj, 0), data)
            self.assertEqual(pickle.dumps(obj), data)

    def test_protocol1_streams(self):
        self.assertEqual(pickle.dumps(None, 1), 'N.')
        self.assertEqual(pickle.dumps(True, 1), 'I01\n.')
        self.assertEqual(pickle.dumps(5, 1), 'K\x05.')
        self.assertEqual(pickle.dumps(300, 1), 'M,\x01.')
        self.assertEqual(pickle.dumps(-1, 1), 'J\xff\xff\xff\xff.')
        self.assertEqual(pickle.dumps(70000, 1), 'Jp\x11\x01\x00.')
        self.assertEqual(pickle.dumps(1.5, 1),
                         'G?\xf8\x00\x00\x00\x00\x00\x00.')
        self.assertEqual(pickle.dumps('ab', 1), 'U\x02abq\x00.')
        self.assertEqual(pickle.dumps('x' * 256, 1),
                         'T\x00\x01\x00\x00' + 'x' * 256 + 'q\x00.')
        self.assertEqual(pickle.dumps(u'\xe9', 1),
                         'X\x02\x00\x00\x00\xc3\xa9q\x00.')
        self.assertEqual(pickle.dumps((), 1), ').')
        self.assertEqual(pickle.dumps((1, 2), 1), '(K\x01K\x02tq\x00.')
        self.assertEqual(pickle.dumps([1, 2, 3], 1),
                         ']q\x00(K\x01K\x02K\x03e.')
        self.assertEqual(pickle.dumps([1], 1), ']q\x00K\x01a.')
        self.assertEqual(pickle.dumps({'k': 'v'}, 1),
                         '}q\x00U\x01kq\x01U\x01vq\x02s.')

    def test_protocol2_streams(self):
        self.assertEqual(pickle.dumps(None, 2), '\x80\x02N.')
        self.assertEqual(pickle.dumps(True, 2), '\x80\x02\x88.')
        self.assertEqual(pickle.dumps(False, 2), '\x80\x02\x89.')
        self.assertEqual(pickle.dumps(0L, 2), '\x80\x02\x8a\x00.')
        self.assertEqual(pickle.dumps(255L, 2), '\x80\x02\x8a\x02\xff\x00.')
        self.assertEqual(pickle.dumps(-129L, 2), '\x80\x02\x8a\x02\x7f\xff.')
        self.assertEqual(pickle.dumps(2 ** 70, 2),
                         '\x80\x02\x8a\t' + '\x00' * 8 + '@.')
        self.assertEqual(pickle.dumps((1,), 2), '\x80\x02K\x01\x85q\x00.')
        self.assertEqual(pickle.dumps((1, 2), 2),
                         '\x80\x02K\x01K\x02\x86q\x00.')
        self.assertEqual(pickle.dumps((1, 2, 3), 2),
                         '\x80\x02K\x01K\x02K\x03\x87q\x00.')
        self.assertEqual(pickle.dumps((1, 2, 3, 4), 2),
                         '\x80\x02(K\x01K\x02K\x03K\x04tq\x00.')

    def test_classic_instance_streams(self):
        obj = Classic()
        self.assertEqual(pickle.dumps(obj, 0),
                         "(i%s\nClassic\np0\n(dp1\nS'v'\np2\n"
                         "S'old-style'\np3\nsb." % __name__)
        self.assertEqual(pickle.dumps(obj, 1),
                         "(c%s\nClassic\nq\x00oq\x01}q\x02U\x01vq\x03"
                         "U\told-styleq\x04sb." % __name__)

    def test_new_style_stream(self):
        obj = Plain(1)
        self.assertEqual(pickle.dumps(obj, 2),
                         "\x80\x02c%s\nPlain\nq\x00)\x81q\x01}q\x02"
                         "U\x01xq\x03K\x01sb." % __name__)
        self.assertEqual(pickle.dumps(obj, 0),
                         "ccopy_reg\n_reconstructor\np0\n(c%s\nPlain\np1\n"
                         "c__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\n"
                         "S'x'\np6\nI1\nsb." % __name__)

    def test_encode_decode_long(self):
        cases = [(0L, ''), (255L, '\xff\x00'), (32767L, '\xff\x7f'),
                 (-256L, '\x00\xff'), (-32768L, '\x00\x80'),
                 (-128L, '\x80'), (127L, '\x7f'), (-1L, '\xff'),
                 (128L, '\x80\x00')]
        for value, data in cases:
            self.assertEqual(pickle.encode_long(value), data)
            self.assertEqual(pickle.decode_long(data), value)

    def test_subclassing_pickler(self):
        class MyPickler(pickle.Pickler):
            def persistent_id(self, obj):
                if obj == 'secret':
                    return 'S1'
                return None
        class MyUnpickler(pickle.Unpickler):
            def persistent_load(self, pid):
                return 'restored ' + pid
            def find_class(self, module, name):
                raise pickle.UnpicklingError("no globals: %s.%s" %
                                             (module, name))
        f = StringIO.StringIO()
        MyPickler(f, 1).dump(['x', 'secret'])
        back = MyUnpickler(StringIO.StringIO(f.getvalue())).load()
        self.assertEqual(back, ['x', 'restored S1'])
        u = MyUnpickler(StringIO.StringIO('c__builtin__\nlen\n.'))
        self.assertRaises(pickle.UnpicklingError, u.load)

    def test_garbage_is_key_error(self):
        # 'g' is GET with an unknown key: pickle.py raises KeyError.
        self.assertRaises(KeyError, pickle.loads, 'garbage')


def test_main():
    test_support.run_unittest(PickleModuleTests)

if __name__ == '__main__':
    test_main()
