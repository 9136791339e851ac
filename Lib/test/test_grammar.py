"""Grammar of Python 2.5: literals, expressions and statements as the
Language Reference defines them."""
import sys
import unittest
from test import test_support


def _local_exec():
    exec 'q = 5'
    return q


class LiteralTests(unittest.TestCase):

    def test_ints(self):
        self.assertEqual(0xff, 255)
        self.assertEqual(0XFF, 255)
        self.assertEqual(0377, 255)
        self.assertEqual(00, 0)
        self.assertEqual(2147483647, 017777777777)
        self.assertEqual(type(1L), long)
        self.assertEqual(type(1l), long)
        self.assertEqual(0x, 0)
        import sys
        self.assertEqual(type(-sys.maxint - 1), int)
        self.assertEqual(type(sys.maxint + 1), long)
        self.assertEqual(type(-9223372036854775808), int)
        self.assertEqual(type(9223372036854775808), long)
        self.assertEqual(0xffffffffffffffffff, 4722366482869645213695L)

    def test_floats(self):
        self.assertEqual(1., 1.0)
        self.assertEqual(.5, 0.5)
        self.assertEqual(1e3, 1000.0)
        self.assertEqual(1E-3, 0.001)
        self.assertEqual(1.5e+2, 150.0)
        self.assertEqual(08.5, 8.5)
        self.assertEqual(09e1, 90.0)
        self.assertEqual(repr(-0.0), '-0.0')
        self.assertEqual(repr(0.0), '0.0')

    def test_imaginary(self):
        self.assertEqual(type(1j), complex)
        self.assertEqual(2J.imag, 2.0)
        self.assertEqual(09j, 9j)
        self.assertEqual(1e2j, 100j)

    def test_strings(self):
        self.assertEqual('a' 'b' "c", 'abc')
        self.assertEqual(r'\n', '\\n')
        self.assertEqual(R'\t', '\\t')
        self.assertEqual(u'\u20ac', unichr(0x20ac))
        self.assertEqual(ur'\u0041\n', u'A\\n')
        self.assertEqual(UR'x', u'x')
        self.assertEqual('\x41\101\a\b\f\n\r\t\v', 'AA\x07\x08\x0c\n\r\t\x0b')
        self.assertEqual('\q', '\\q')
        self.assertEqual(len('\
'), 0)
        self.assertEqual("""a
b""", 'a\nb')
        self.assertEqual('''it's''', "it's")
        self.assertEqual(type('a' u'b'), unicode)
        self.assertEqual(u'\U0001f600', unichr(0x1f600))
        self.assertEqual(u'\xe9', unichr(233))

    def test_bad_escape(self):
        self.assertRaises(ValueError, compile, r"'\x4'", 's', 'eval')
        # 2.5 lets the codec's error through (golden case 008)
        self.assertRaises(UnicodeDecodeError, compile, r"u'\x4'", 's', 'eval')


class ExpressionTests(unittest.TestCase):

    def test_precedence(self):
        self.assertEqual(2 + 3 * 4, 14)
        self.assertEqual(-2 ** 2, -4)
        self.assertEqual(2 ** -1, 0.5)
        self.assertEqual(not 1 == 2, True)
        self.assertEqual(1 | 2 ^ 3 & 4, 3)
        self.assertEqual(1 << 2 + 1, 8)
        self.assertEqual(~0, -1)
        self.assertEqual(- - 3, 3)

    def test_comparisons(self):
        self.assert_(1 < 2 < 3)
        self.failIf(1 < 3 < 2)
        self.assert_(1 <> 2)
        self.assert_(1 != 2)
        self.assert_(1 in [1] and 2 not in [1])
        self.assert_(None is None and 1 is not None)
        calls = []
        def f(x):
            calls.append(x)
            return x
        self.failIf(f(1) > f(2) > f(3))
        self.assertEqual(calls, [1, 2])

    def test_boolean_ops(self):
        self.assertEqual(0 or 5, 5)
        self.assertEqual(3 and 5, 5)
        self.assertEqual(0 and 1/0, 0)
        self.assertEqual(1 or 1/0, 1)

    def test_conditional(self):
        self.assertEqual('y' if 1 else 'n', 'y')
        self.assertEqual('y' if 0 else 'n', 'n')
        x = 5
        self.assertEqual('a' if x > 10 else 'b' if x > 3 else 'c', 'b')
        self.assertEqual([i for i in range(5) if (i if True else 0)],
                         [1, 2, 3, 4])

    def test_lambda(self):
        f = lambda a, b=2, *c, **d: (a, b, c, d)
        self.assertEqual(f(1), (1, 2, (), {}))
        self.assertEqual(f(1, 3, 4, x=5), (1, 3, (4,), {'x': 5}))
        self.assertEqual((lambda (a, b), c: a + b + c)((1, 2), 3), 6)
        self.assertEqual((lambda: 'x').__doc__, None)

    def test_comprehensions(self):
        self.assertEqual([x * y for x in range(3) for y in range(2) if x],
                         [0, 1, 0, 2])
        self.assertEqual(list(x for x in range(3)), [0, 1, 2])
        self.assertEqual(sum(x for x in range(4) if x % 2), 4)
        self.assertEqual([x for x in 1, 2], [1, 2])
        [leak for leak in range(3)]
        self.assertEqual(leak, 2)

    def test_displays(self):
        self.assertEqual((), tuple())
        self.assertEqual((1,), tuple([1]))
        self.assertEqual([1, 2,], [1, 2])
        self.assertEqual({1: 2, 3: 4,}, {3: 4, 1: 2})
        self.assertEqual(`1, 2`, '(1, 2)')
        order = []
        def f(x):
            order.append(x)
            return x
        {f('k'): f('v')}
        self.assertEqual(order, ['v', 'k'])

    def test_subscripts(self):
        class S(object):
            def __getitem__(self, i):
                return i
        s = S()
        self.assertEqual(s[1], 1)
        self.assertEqual(s[1, 2], (1, 2))
        self.assertEqual(s[1,], (1,))
        self.assertEqual(s[...], Ellipsis)
        self.assertEqual(s[1:2], slice(1, 2))
        self.assertEqual(s[1:2:], slice(1, 2, None))
        self.assertEqual(s[::3], slice(None, None, 3))
        self.assertEqual(s[1:2, ...], (slice(1, 2), Ellipsis))
        self.assertEqual(range(10)[::-3], [9, 6, 3, 0])

    def test_calls(self):
        def f(*a, **k):
            return a, k
        self.assertEqual(f(1, *(2, 3), **{'x': 4}), ((1, 2, 3), {'x': 4}))
        self.assertEqual(f(x for x in 'ab').next(), 'a') if False else None
        self.assertEqual(f(a=1), ((), {'a': 1}))


class StatementTests(unittest.TestCase):

    def test_assignment(self):
        a = b = 3
        self.assertEqual((a, b), (3, 3))
        a, (b, c) = 1, (2, 3)
        self.assertEqual((a, b, c), (1, 2, 3))
        [a, b] = 4, 5
        self.assertEqual((a, b), (4, 5))
        x = [0, 1, 2]
        x[1:2] = [7, 8]
        self.assertEqual(x, [0, 7, 8, 2])
        x[0] += 10
        self.assertEqual(x[0], 10)
        x[1:3] += [9]
        self.assertEqual(x, [10, 7, 8, 9, 2])

    def test_print(self):
        import StringIO
        f = StringIO.StringIO()
        print >>f, 1, 2,
        print >>f, 3
        print >>f
        self.assertEqual(f.getvalue(), '1 2 3\n\n')

    def test_del(self):
        a, b, c = 1, 2, 3
        del a, (b, c)
        self.assertRaises(NameError, eval, 'a', {}, locals())

    def test_loops(self):
        n = 0
        for i in range(10):
            if i == 2:
                continue
            if i == 5:
                break
            n += i
        else:
            n = -1
        self.assertEqual(n, 8)
        i = 0
        while i < 3:
            i += 1
        else:
            i = 'done'
        self.assertEqual(i, 'done')
        for i in range(3):
            try:
                continue
            finally:
                pass

    def test_try(self):
        log = []
        try:
            try:
                raise ValueError('x')
            except TypeError:
                log.append('type')
            except (KeyError, ValueError), e:
                log.append(str(e))
            else:
                log.append('else')
            finally:
                log.append('finally')
        except:
            log.append('outer')
        self.assertEqual(log, ['x', 'finally'])

    def test_global_and_exec(self):
        def setg():
            global _test_grammar_g
            _test_grammar_g = 7
        setg()
        self.assertEqual(globals()['_test_grammar_g'], 7)
        d = {}
        exec 'z = 1' in d
        self.assertEqual(d['z'], 1)
        self.assertEqual(_local_exec(), 5)

    def test_import_forms(self):
        import os.path
        import os.path as p
        from os import path as p2, sep
        from os import (curdir,
                        pardir)
        self.assert_(p is os.path is p2)

    def test_assert(self):
        try:
            assert 1 == 2, 'message'
        except AssertionError, e:
            self.assertEqual(str(e), 'message')
        else:
            self.fail('assert did not raise')

    def test_decorators(self):
        def deco(arg):
            def wrap(f):
                f.tag = arg
                return f
            return wrap
        @deco('t')
        def f():
            pass
        self.assertEqual(f.tag, 't')

    def test_class(self):
        class A: pass
        class B(A,): pass
        class C(): pass
        self.assert_(issubclass(B, A))

    def test_generators(self):
        def g():
            x = yield 1
            yield x
        it = g()
        self.assertEqual(it.next(), 1)
        self.assertEqual(it.send('s'), 's')

    def test_with_and_as_are_names(self):
        # Without the __future__ import both are plain names, and the
        # compiler warns on stderr that this will change.
        src = "with = 1\nas = 2\nimport os as o\nr = with + as\n"
        import StringIO
        s = StringIO.StringIO()
        old = sys.stderr
        sys.stderr = s
        try:
            d = {}
            exec compile(src, 'wa', 'exec') in d
        finally:
            sys.stderr = old
        self.assertEqual(d['r'], 3)
        self.assertEqual(s.getvalue(),
            "wa:1: Warning: 'with' will become a reserved keyword in Python 2.6\n"
            "wa:2: Warning: 'as' will become a reserved keyword in Python 2.6\n"
            "wa:4: Warning: 'with' will become a reserved keyword in Python 2.6\n"
            "wa:4: Warning: 'as' will become a reserved keyword in Python 2.6\n")

    def test_semicolons_and_continuation(self):
        a = 1; b = 2;
        c = a + \
            b
        self.assertEqual(c, 3)


def test_main():
    test_support.run_unittest(LiteralTests, ExpressionTests, StatementTests)

if __name__ == '__main__':
    test_main()
