"""Tests for the cStringIO module (2.5 Library Reference, section 4.6)."""

import cStringIO
import unittest
from test import test_support

LINES = 'first line\nsecond\n\nlast, no newline'


class ModuleTests(unittest.TestCase):

    def test_types(self):
        self.assert_(type(cStringIO.StringIO()) is cStringIO.OutputType)
        self.assert_(type(cStringIO.StringIO('')) is cStringIO.InputType)
        self.assert_(type(cStringIO.StringIO('abc')) is cStringIO.InputType)
        self.assertEqual(cStringIO.OutputType.__name__, 'StringO')
        self.assertEqual(cStringIO.InputType.__name__, 'StringI')
        self.assertNotEqual(cStringIO.InputType, cStringIO.OutputType)

    def test_types_not_instantiable(self):
        self.assertRaises(TypeError, cStringIO.InputType)
        self.assertRaises(TypeError, cStringIO.OutputType)

    def test_constructor_arguments(self):
        self.assertRaises(TypeError, cStringIO.StringIO, 'a', 'b')
        self.assertRaises(TypeError, cStringIO.StringIO, 5)
        self.assertRaises(TypeError, cStringIO.StringIO, None)
        self.assertRaises(TypeError, cStringIO.StringIO, [])
        try:
            cStringIO.StringIO(5)
        except TypeError, e:
            self.assertEqual(str(e), 'expected read buffer, int found')

    def test_buffer_argument(self):
        f = cStringIO.StringIO(buffer('hello world', 6))
        self.assertEqual(f.read(), 'world')
        import array
        a = array.array('c', 'bytes')
        self.assertEqual(cStringIO.StringIO(a).read(), 'bytes')


class InputTests(unittest.TestCase):

    def test_methods(self):
        f = cStringIO.StringIO('x')
        for name in ('close', 'flush', 'getvalue', 'isatty', 'next', 'read',
                     'readline', 'readlines', 'reset', 'seek', 'tell',
                     'truncate'):
            self.assert_(hasattr(f, name), name)
        # read-only: no write methods at all
        self.failIf(hasattr(f, 'write'))
        self.failIf(hasattr(f, 'writelines'))
        self.assertRaises(AttributeError, getattr, f, 'write')

    def test_read(self):
        f = cStringIO.StringIO('0123456789')
        self.assertEqual(f.read(3), '012')
        self.assertEqual(f.tell(), 3)
        self.assertEqual(f.read(0), '')
        self.assertEqual(f.read(), '3456789')
        self.assertEqual(f.read(), '')
        self.assertEqual(f.read(5), '')
        f.seek(0)
        self.assertEqual(f.read(-1), '0123456789')
        f.seek(8)
        self.assertEqual(f.read(100), '89')
        self.assertRaises(TypeError, f.read, 'x')

    def test_readline(self):
        f = cStringIO.StringIO(LINES)
        self.assertEqual(f.readline(), 'first line\n')
        self.assertEqual(f.readline(3), 'sec')
        self.assertEqual(f.readline(), 'ond\n')
        self.assertEqual(f.readline(), '\n')
        self.assertEqual(f.readline(-1), 'last, no newline')
        self.assertEqual(f.readline(), '')

    def test_readlines(self):
        f = cStringIO.StringIO(LINES)
        self.assertEqual(f.readlines(),
                         ['first line\n', 'second\n', '\n',
                          'last, no newline'])
        self.assertEqual(f.readlines(), [])
        f.reset()
        # a size hint stops after the line that reaches it
        self.assertEqual(f.readlines(1), ['first line\n'])
        self.assertEqual(f.readlines(12), ['second\n', '\n',
                                           'last, no newline'])

    def test_iteration(self):
        f = cStringIO.StringIO(LINES)
        self.assert_(iter(f) is f)
        self.assertEqual(list(f), ['first line\n', 'second\n', '\n',
                                   'last, no newline'])
        self.assertRaises(StopIteration, f.next)
        f.seek(0)
        self.assertEqual(f.next(), 'first line\n')
        self.assertEqual(list(cStringIO.StringIO('')), [])

    def test_getvalue(self):
        f = cStringIO.StringIO('abcdef')
        f.read(2)
        self.assertEqual(f.getvalue(), 'abcdef')
        # with a true argument: only up to the current position
        self.assertEqual(f.getvalue(1), 'ab')
        self.assertEqual(f.getvalue(0), 'abcdef')

    def test_seek_tell_reset(self):
        f = cStringIO.StringIO('abcdef')
        self.assertEqual(f.tell(), 0)
        self.assertEqual(f.seek(3), None)
        self.assertEqual(f.tell(), 3)
        f.seek(1, 1)
        self.assertEqual(f.tell(), 4)
        f.seek(-2, 2)
        self.assertEqual(f.read(), 'ef')
        self.assertEqual(f.reset(), None)
        self.assertEqual(f.tell(), 0)
        # negative positions are clipped to the start
        f.seek(-10)
        self.assertEqual(f.tell(), 0)
        # past the end reads nothing
        f.seek(50)
        self.assertEqual(f.read(), '')
        self.assertRaises(TypeError, f.seek)
        self.assertRaises(TypeError, f.seek, 'x')

    def test_truncate(self):
        f = cStringIO.StringIO('abcdef')
        f.truncate(3)
        self.assertEqual(f.getvalue(), 'abc')
        f.seek(1)
        f.truncate()
        self.assertEqual(f.getvalue(), 'a')
        self.assertRaises(IOError, f.truncate, -1)

    def test_misc(self):
        f = cStringIO.StringIO('x')
        self.assertEqual(f.isatty(), False)
        self.assertEqual(f.flush(), None)
        self.assertEqual(f.closed, False)

    def test_source_is_not_modified(self):
        s = 'immutable'
        f = cStringIO.StringIO(s)
        f.truncate(2)
        self.assertEqual(s, 'immutable')

    def test_close(self):
        f = cStringIO.StringIO('data')
        self.assertEqual(f.close(), None)
        self.assertEqual(f.closed, True)
        self.assertEqual(f.close(), None)     # closing twice is fine
        for meth, args in (('read', ()), ('readline', ()), ('readlines', ()),
                           ('getvalue', ()), ('tell', ()), ('seek', (0,)),
                           ('isatty', ()), ('truncate', ()), ('reset', ()),
                           ('next', ())):
            self.assertRaises(ValueError, getattr(f, meth), *args)
        try:
            f.read()
        except ValueError, e:
            self.assertEqual(str(e), 'I/O operation on closed file')
        self.assertRaises(ValueError, list, f)


class OutputTests(unittest.TestCase):

    def test_methods(self):
        f = cStringIO.StringIO()
        for name in ('close', 'flush', 'getvalue', 'isatty', 'next', 'read',
                     'readline', 'readlines', 'reset', 'seek', 'tell',
                     'truncate', 'write', 'writelines', 'softspace'):
            self.assert_(hasattr(f, name), name)

    def test_write_and_getvalue(self):
        f = cStringIO.StringIO()
        self.assertEqual(f.getvalue(), '')
        self.assertEqual(f.write('hello '), None)
        f.write('world')
        self.assertEqual(f.getvalue(), 'hello world')
        self.assertEqual(f.tell(), 11)
        f.write('')
        self.assertEqual(f.tell(), 11)

    def test_write_big(self):
        f = cStringIO.StringIO()
        chunk = 'x' * 1000
        for i in range(100):
            f.write(chunk)
        self.assertEqual(f.getvalue(), chunk * 100)
        self.assertEqual(f.tell(), 100000)

    def test_write_binary(self):
        f = cStringIO.StringIO()
        data = ''.join([chr(i) for i in range(256)])
        f.write(data)
        self.assertEqual(f.getvalue(), data)

    def test_writelines(self):
        f = cStringIO.StringIO()
        self.assertEqual(f.writelines(['a\n', 'b\n']), None)
        f.writelines(iter(['c', 'd']))
        f.writelines(())
        self.assertEqual(f.getvalue(), 'a\nb\ncd')
        self.assertRaises(TypeError, f.writelines, 5)
        self.assertRaises(TypeError, f.writelines, [1])
        try:
            f.writelines(['ok', 2])
        except TypeError, e:
            self.assertEqual(str(e),
                             'expected string or Unicode object, int found')
        # what came before the bad item was written
        self.assert_(f.getvalue().endswith('ok'))

    def test_write_bad_arguments(self):
        f = cStringIO.StringIO()
        self.assertRaises(TypeError, f.write)
        self.assertRaises(TypeError, f.write, 'a', 'b')
        self.assertRaises(TypeError, f.write, 1)
        self.assertRaises(TypeError, f.write, [])
        try:
            f.write(None)
        except TypeError, e:
            self.assertEqual(str(e), 'write() argument 1 must be string or '
                             'read-only character buffer, not None')
        try:
            f.write(3)
        except TypeError, e:
            self.assertEqual(str(e), 'write() argument 1 must be string or '
                             'read-only character buffer, not int')
        self.assertEqual(f.getvalue(), '')

    def test_write_buffer(self):
        f = cStringIO.StringIO()
        f.write(buffer('abcdef', 2, 3))
        self.assertEqual(f.getvalue(), 'cde')

    def test_unicode(self):
        # unicode is converted with the default encoding (ASCII)
        f = cStringIO.StringIO()
        f.write(u'abc')
        f.writelines([u'd', 'e'])
        self.assertEqual(f.getvalue(), 'abcde')
        self.assertEqual(type(f.getvalue()), str)
        self.assertRaises(UnicodeEncodeError, f.write, u'\xe9')
        self.assertRaises(UnicodeEncodeError, f.writelines, [u'\u20ac'])
        self.assertEqual(f.getvalue(), 'abcde')

    def test_read_back(self):
        f = cStringIO.StringIO()
        f.write(LINES)
        self.assertEqual(f.read(), '')     # positioned at the end
        f.seek(0)
        self.assertEqual(f.readline(), 'first line\n')
        self.assertEqual(f.read(3), 'sec')
        self.assertEqual(f.readlines(), ['ond\n', '\n', 'last, no newline'])
        f.reset()
        self.assertEqual(list(f), ['first line\n', 'second\n', '\n',
                                   'last, no newline'])

    def test_overwrite(self):
        f = cStringIO.StringIO()
        f.write('hello world')
        f.seek(6)
        f.write('WORLD')
        self.assertEqual(f.getvalue(), 'hello WORLD')
        f.seek(0)
        f.write('J')
        self.assertEqual(f.getvalue(), 'Jello WORLD')
        self.assertEqual(f.tell(), 1)

    def test_write_past_end(self):
        f = cStringIO.StringIO()
        f.write('abc')
        f.seek(6)
        f.write('X')
        self.assertEqual(f.getvalue(), 'abc\0\0\0X')

    def test_getvalue_use_pos(self):
        f = cStringIO.StringIO()
        f.write('abcdef')
        f.seek(2)
        self.assertEqual(f.getvalue(), 'abcdef')
        self.assertEqual(f.getvalue(True), 'ab')

    def test_truncate(self):
        f = cStringIO.StringIO()
        f.write('abcdef')
        self.assertEqual(f.truncate(4), None)
        self.assertEqual(f.getvalue(), 'abcd')
        f.seek(2)
        f.truncate()
        self.assertEqual(f.getvalue(), 'ab')
        f.write('Z')
        self.assertEqual(f.getvalue(), 'abZ')
        self.assertRaises(IOError, f.truncate, -1)

    def test_print_and_softspace(self):
        f = cStringIO.StringIO()
        self.assertEqual(f.softspace, 0)
        print >> f, 'a', 1,
        self.assertEqual(f.softspace, 1)
        print >> f, 2
        self.assertEqual(f.getvalue(), 'a 1 2\n')
        self.assertEqual(f.softspace, 0)
        f.softspace = 1
        self.assertEqual(f.softspace, 1)

    def test_close(self):
        f = cStringIO.StringIO()
        f.write('abc')
        f.close()
        self.assertEqual(f.closed, True)
        f.close()
        for meth, args in (('write', ('x',)), ('writelines', (['x'],)),
                           ('getvalue', ()), ('read', ()), ('seek', (0,)),
                           ('tell', ()), ('truncate', ())):
            self.assertRaises(ValueError, getattr(f, meth), *args)

    def test_misc(self):
        f = cStringIO.StringIO()
        self.assertEqual(f.isatty(), False)
        self.assertEqual(f.flush(), None)
        self.assertEqual(f.closed, False)


def test_main():
    test_support.run_unittest(ModuleTests, InputTests, OutputTests)

if __name__ == '__main__':
    test_main()
