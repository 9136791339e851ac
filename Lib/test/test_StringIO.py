import unittest
import StringIO
import cStringIO
from test import test_support


class BaseTests:
    module = None

    def test_write_read(self):
        f = self.module.StringIO()
        f.write('hello ')
        f.write('world\n')
        print >> f, 'second line'
        f.writelines(['a\n', 'b'])
        self.assertEqual(f.getvalue(), 'hello world\nsecond line\na\nb')
        self.assertEqual(f.tell(), 27)
        f.seek(0)
        self.assertEqual(f.readline(), 'hello world\n')
        self.assertEqual(f.read(6), 'second')
        self.assertEqual(f.readlines(), [' line\n', 'a\n', 'b'])
        f.seek(0)
        self.assertEqual(list(f), ['hello world\n', 'second line\n', 'a\n', 'b'])

    def test_overwrite_truncate(self):
        f = self.module.StringIO()
        f.write('hello world')
        f.seek(6)
        f.write('WORLD')
        self.assertEqual(f.getvalue(), 'hello WORLD')
        f.truncate(5)
        self.assertEqual(f.getvalue(), 'hello')

    def test_seek_past_end(self):
        f = self.module.StringIO()
        f.write('abc')
        f.seek(10)
        f.write('X')
        self.assertEqual(f.getvalue(), 'abc' + '\0' * 7 + 'X')

    def test_reader(self):
        r = self.module.StringIO('line1\nline2\n')
        self.assertEqual(r.read(), 'line1\nline2\n')
        self.assertEqual(r.read(), '')
        self.assertEqual(r.tell(), 12)
        r.seek(-3, 2)
        self.assertEqual(r.read(), 'e2\n')
        r.seek(0)
        self.assertEqual(r.readline(3), 'lin')
        self.failIf(r.isatty())


class TestStringIO(BaseTests, unittest.TestCase):
    module = StringIO


class TestcStringIO(BaseTests, unittest.TestCase):
    module = cStringIO

    def test_types(self):
        self.assertEqual(type(cStringIO.StringIO()).__name__, 'StringO')
        self.assertEqual(type(cStringIO.StringIO('x')).__name__, 'StringI')
        self.assert_(type(cStringIO.StringIO()) is cStringIO.OutputType)
        self.assert_(type(cStringIO.StringIO('x')) is cStringIO.InputType)

    def test_closed(self):
        f = cStringIO.StringIO()
        self.failIf(f.closed)
        f.close()
        self.assert_(f.closed)
        self.assertRaises(ValueError, f.getvalue)
        self.assertRaises(ValueError, f.write, 'x')

    def test_unicode(self):
        f = cStringIO.StringIO()
        f.write(u'abc')
        self.assertEqual(f.getvalue(), 'abc')
        self.assertRaises(UnicodeEncodeError, f.write, u'\xe9')
        self.assertEqual(cStringIO.StringIO(u'xy').read(), 'xy')

    def test_getvalue_use_pos(self):
        f = cStringIO.StringIO()
        f.write('abcdef')
        f.seek(2)
        self.assertEqual(f.getvalue(True), 'ab')
        f.reset()
        self.assertEqual(f.tell(), 0)

    def test_input_is_readonly(self):
        self.failIf(hasattr(cStringIO.StringIO('x'), 'write'))


class TestPureStringIO(unittest.TestCase):
    """Behaviour specific to the pure-Python StringIO module."""

    def test_closed(self):
        f = StringIO.StringIO('abc')
        self.failIf(f.closed)
        f.close()
        self.assert_(f.closed)
        f.close()                       # closing twice is harmless
        for meth, args in [('read', ()), ('readline', ()), ('write', ('x',)),
                           ('seek', (0,)), ('tell', ()), ('truncate', ()),
                           ('isatty', ()), ('flush', ()), ('next', ())]:
            try:
                getattr(f, meth)(*args)
            except ValueError, e:
                self.assertEqual(str(e), "I/O operation on closed file")
            else:
                self.fail("%s on a closed StringIO did not fail" % meth)

    def test_unicode_mixing(self):
        f = StringIO.StringIO()
        f.write('abc')
        f.write(u'\u1234')
        f.write('def')
        v = f.getvalue()
        self.assertEqual(v, u'abc\u1234def')
        self.assert_(isinstance(v, unicode))
        f = StringIO.StringIO(u'\xe9t\xe9')
        self.assertEqual(f.read(2), u'\xe9t')
        f = StringIO.StringIO()
        f.write(u'x')
        f.write('\xe9')                 # non-ASCII str next to unicode
        self.assertRaises(UnicodeError, f.getvalue)

    def test_non_string_write_and_init(self):
        f = StringIO.StringIO()
        f.write(42)
        f.write(1.5)
        self.assertEqual(f.getvalue(), '421.5')
        self.assertEqual(StringIO.StringIO(123).getvalue(), '123')

    def test_seek_modes(self):
        f = StringIO.StringIO('0123456789')
        f.seek(3)
        f.seek(2, 1)
        self.assertEqual(f.tell(), 5)
        f.seek(-2, 2)
        self.assertEqual(f.read(), '89')
        f.seek(-100)
        self.assertEqual(f.tell(), 0)
        f.seek(-100, 1)
        self.assertEqual(f.tell(), 0)
        f.seek(100)
        self.assertEqual(f.read(), '')

    def test_truncate(self):
        f = StringIO.StringIO()
        f.write('0123456789')
        f.seek(8)
        f.truncate(4)
        self.assertEqual(f.tell(), 4)
        self.assertEqual(f.getvalue(), '0123')
        f.seek(2)
        f.truncate()
        self.assertEqual(f.getvalue(), '01')
        self.assertRaises(IOError, f.truncate, -1)
        try:
            f.truncate(-1)
        except IOError, e:
            import errno
            self.assertEqual(e.errno, errno.EINVAL)

    def test_overwrite_in_middle_extends(self):
        f = StringIO.StringIO('abcdef')
        f.seek(4)
        f.write('WXYZ')
        self.assertEqual(f.getvalue(), 'abcdWXYZ')
        self.assertEqual(f.tell(), 8)
        f.seek(1)
        f.write('1')
        self.assertEqual(f.getvalue(), 'a1cdWXYZ')

    def test_readline_and_readlines(self):
        f = StringIO.StringIO('one\ntwo\nthree')
        self.assertEqual(f.readline(2), 'on')
        self.assertEqual(f.readline(), 'e\n')
        self.assertEqual(f.readline(100), 'two\n')
        self.assertEqual(f.readline(), 'three')
        self.assertEqual(f.readline(), '')
        f.seek(0)
        self.assertEqual(f.readlines(5), ['one\n', 'two\n'])
        self.assertEqual(f.readlines(), ['three'])
        f = StringIO.StringIO('a\r\nb\rc')
        self.assertEqual(f.readlines(), ['a\r\n', 'b\rc'])

    def test_iteration_and_print(self):
        f = StringIO.StringIO()
        print >> f, 'x', 1
        print >> f, 'y',
        self.assertEqual(f.softspace, 1)
        print >> f
        self.assertEqual(f.getvalue(), 'x 1\ny\n')
        f.seek(0)
        self.assertEqual(f.next(), 'x 1\n')
        self.assertEqual([line for line in f], ['y\n'])
        self.assertRaises(StopIteration, f.next)
        self.assert_(iter(f) is f)

    def test_getvalue_independent_of_position(self):
        f = StringIO.StringIO()
        f.write('abc')
        f.seek(1)
        self.assertEqual(f.getvalue(), 'abc')
        self.assertEqual(f.read(), 'bc')

    def test_all(self):
        self.assertEqual(StringIO.__all__, ['StringIO'])


def test_main():
    test_support.run_unittest(TestStringIO, TestcStringIO, TestPureStringIO)

if __name__ == '__main__':
    test_main()
