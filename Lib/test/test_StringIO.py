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


def test_main():
    test_support.run_unittest(TestStringIO, TestcStringIO)

if __name__ == '__main__':
    test_main()
