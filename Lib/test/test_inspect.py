"""Tests for inspect."""

import sys
import types
import unittest
from test import test_support

import inspect


# A comment about spam,
# on two lines.
def spam(a, (b, c), d=3, *e, **f):
    """Spam the arguments.

    More detail here.
    """
    return a


class Classic:
    def method(self):
        return 1


class NewStyle(object):
    """A new-style class."""

    def method(self, x=1):
        return x

    @staticmethod
    def stat():
        pass

    @classmethod
    def klass(cls):
        pass

    prop = property(lambda self: 1)
    data = 42


class ClassicA:
    x = 'A'


class ClassicB(ClassicA):
    pass


class ClassicC(ClassicA):
    x = 'C'


class ClassicD(ClassicB, ClassicC):
    pass


lam = lambda x: x * 2


def gen():
    yield 1


class PredicateTests(unittest.TestCase):

    def test_predicates(self):
        self.assertTrue(inspect.ismodule(sys))
        self.assertTrue(inspect.isclass(Classic))
        self.assertTrue(inspect.isclass(NewStyle))
        self.assertFalse(inspect.isclass(NewStyle()))
        self.assertTrue(inspect.ismethod(NewStyle().method))
        self.assertTrue(inspect.ismethod(NewStyle.method))
        self.assertTrue(inspect.isfunction(spam))
        self.assertTrue(inspect.isfunction(lam))
        self.assertFalse(inspect.isfunction(len))
        self.assertTrue(inspect.isbuiltin(len))
        self.assertTrue(inspect.isbuiltin([].append))
        self.assertTrue(inspect.isroutine(len))
        self.assertTrue(inspect.isroutine(spam))
        self.assertTrue(inspect.isroutine(str.join))
        self.assertTrue(inspect.ismethoddescriptor(str.join))
        self.assertTrue(inspect.isdatadescriptor(NewStyle.__dict__['prop']))
        self.assertTrue(inspect.iscode(spam.func_code))
        self.assertTrue(inspect.isframe(sys._getframe()))
        self.assertTrue(inspect.isgenerator(gen()))
        try:
            raise ValueError
        except ValueError:
            tb = sys.exc_info()[2]
        self.assertTrue(inspect.istraceback(tb))

    def test_getmembers(self):
        names = [name for name, value in
                 inspect.getmembers(NewStyle, inspect.ismethod)]
        self.assertTrue('method' in names)
        self.assertTrue('klass' in names)
        self.assertFalse('data' in names)
        members = inspect.getmembers(NewStyle)
        self.assertEqual(members, sorted(members))


class MroTests(unittest.TestCase):

    def test_classic_mro(self):
        self.assertEqual(inspect.getmro(ClassicD),
                         (ClassicD, ClassicB, ClassicA, ClassicC))

    def test_new_style_mro(self):
        class A(object):
            pass

        class B(A):
            pass

        class C(A):
            pass

        class D(B, C):
            pass
        self.assertEqual(inspect.getmro(D), (D, B, C, A, object))

    def test_classify_class_attrs(self):
        found = {}
        for name, kind, owner, value in \
                inspect.classify_class_attrs(NewStyle):
            found[name] = (kind, owner)
        self.assertEqual(found['method'], ('method', NewStyle))
        self.assertEqual(found['stat'], ('static method', NewStyle))
        self.assertEqual(found['klass'], ('class method', NewStyle))
        self.assertEqual(found['prop'], ('property', NewStyle))
        self.assertEqual(found['data'], ('data', NewStyle))
        self.assertEqual(found['__init__'][1], object)


class SignatureTests(unittest.TestCase):

    def test_getargspec(self):
        args, varargs, varkw, defaults = inspect.getargspec(spam)
        self.assertEqual(args, ['a', ['b', 'c'], 'd'])
        self.assertEqual((varargs, varkw, defaults), ('e', 'f', (3,)))
        self.assertEqual(inspect.getargspec(NewStyle().method),
                         (['self', 'x'], None, None, (1,)))
        self.assertRaises(TypeError, inspect.getargspec, len)

    def test_formatargspec(self):
        self.assertEqual(inspect.formatargspec(*inspect.getargspec(spam)),
                         '(a, (b, c), d=3, *e, **f)')
        self.assertEqual(inspect.formatargspec(['x']), '(x)')
        self.assertEqual(inspect.formatargspec([['x']]), '((x,))')

    def test_getargvalues(self):
        def f(a, b=2, *rest):
            return inspect.getargvalues(sys._getframe())
        args, varargs, varkw, values = f(1, 5, 6)
        self.assertEqual(args, ['a', 'b'])
        self.assertEqual(varargs, 'rest')
        self.assertEqual(varkw, None)
        self.assertEqual(inspect.formatargvalues(args, varargs, varkw,
                                                 values),
                         '(a=1, b=5, *rest=(6,))')


class SourceTests(unittest.TestCase):

    def test_getdoc_and_cleandoc(self):
        self.assertEqual(inspect.getdoc(spam),
                         'Spam the arguments.\n\nMore detail here.')
        self.assertEqual(inspect.getdoc(Classic), None)
        self.assertEqual(inspect.cleandoc('  a\n    b\n   c\n\n'),
                         'a\n b\nc')
        self.assertEqual(inspect.indentsize('\t  x'), 10)

    def test_getfile(self):
        self.assertEqual(inspect.getsourcefile(spam).rstrip('c'),
                         __file__.rstrip('c'))
        self.assertTrue(inspect.getfile(spam.func_code))
        self.assertRaises(TypeError, inspect.getfile, sys)
        self.assertEqual(inspect.getmodulename('/a/b/mod.py'), 'mod')
        self.assertEqual(inspect.getmodulename('/a/b/mod.txt'), None)
        self.assertEqual(inspect.getmoduleinfo('x.py')[:2], ('x', '.py'))

    def test_getmodule(self):
        self.assertTrue(inspect.getmodule(spam) is
                        sys.modules[spam.__module__])
        self.assertTrue(inspect.getmodule(sys) is sys)

    def test_getsource(self):
        source = inspect.getsource(spam)
        self.assertTrue(source.startswith('def spam(a, (b, c), d=3'))
        self.assertTrue(source.endswith('    return a\n'))
        self.assertEqual(inspect.getsource(lam),
                         'lam = lambda x: x * 2\n')
        lines, start = inspect.getsourcelines(Classic.method)
        self.assertEqual(lines, ['    def method(self):\n',
                                 '        return 1\n'])
        self.assertEqual(start, Classic.method.im_func.func_code
                         .co_firstlineno)
        source = inspect.getsource(NewStyle)
        self.assertTrue(source.startswith('class NewStyle(object):'))
        self.assertTrue(source.rstrip().endswith('data = 42'))

    def test_getcomments(self):
        self.assertEqual(inspect.getcomments(spam),
                         '# A comment about spam,\n# on two lines.\n')
        self.assertEqual(inspect.getcomments(Classic), None)

    def test_getblock(self):
        lines = ['def f():\n', '    x = 1\n', '    return x\n', 'y = 2\n']
        self.assertEqual(inspect.getblock(lines), lines[:3])
        self.assertEqual(inspect.getblock(['def g(): pass\n', 'z\n']),
                         ['def g(): pass\n'])

    def test_no_source(self):
        self.assertRaises(TypeError, inspect.getsource, len)
        code = compile('x = 1', '<nowhere>', 'exec')
        self.assertRaises(IOError, inspect.getsource, code)


class StackTests(unittest.TestCase):

    def test_currentframe_and_stack(self):
        frame = inspect.currentframe()
        self.assertEqual(frame.f_code.co_name, 'test_currentframe_and_stack')
        records = inspect.stack()
        self.assertEqual(records[0][3], 'test_currentframe_and_stack')
        self.assertTrue(records[0][4][0].strip().startswith('records ='))

    def test_getframeinfo(self):
        frame = sys._getframe()
        filename, lineno, name, lines, index = inspect.getframeinfo(frame, 3)
        self.assertEqual(name, 'test_getframeinfo')
        self.assertEqual(len(lines), 3)
        self.assertEqual(index, 1)
        self.assertTrue('getframeinfo' in lines[index])

    def test_trace(self):
        def inner():
            raise KeyError('x')
        try:
            inner()
        except KeyError:
            records = inspect.trace()
        self.assertEqual([r[3] for r in records], ['test_trace', 'inner'])

    def test_outer_frames(self):
        def inner():
            return inspect.getouterframes(sys._getframe())
        names = [r[3] for r in inner()]
        self.assertEqual(names[:2], ['inner', 'test_outer_frames'])


def test_main():
    test_support.run_unittest(PredicateTests, MroTests, SignatureTests,
                              SourceTests, StackTests)

if __name__ == "__main__":
    test_main()
