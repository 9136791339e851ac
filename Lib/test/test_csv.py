"""Tests for csv."""

import unittest
from StringIO import StringIO
from test import test_support

import csv


def read(text, **kw):
    return list(csv.reader(StringIO(text), **kw))


def write(rows, **kw):
    out = StringIO()
    w = csv.writer(out, **kw)
    w.writerows(rows)
    return out.getvalue()


class ReaderTests(unittest.TestCase):

    def test_simple(self):
        self.assertEqual(read('a,b,c\r\n1,2,3\r\n'),
                         [['a', 'b', 'c'], ['1', '2', '3']])
        self.assertEqual(read('a,b\n'), [['a', 'b']])
        self.assertEqual(read('a,b'), [['a', 'b']])
        self.assertEqual(read(''), [])
        self.assertEqual(read('a,,c\n,\n'), [['a', '', 'c'], ['', '']])

    def test_blank_line_is_empty_row(self):
        self.assertEqual(read('a\n\nb\n'), [['a'], [], ['b']])

    def test_quoting(self):
        self.assertEqual(read('"a,b",c\n'), [['a,b', 'c']])
        self.assertEqual(read('"a ""quoted"" word"\n'),
                         [['a "quoted" word']])
        self.assertEqual(read('"multi\nline",x\n'), [['multi\nline', 'x']])
        self.assertEqual(read('a"b,c\n'), [['a"b', 'c']])
        self.assertEqual(read('"ab"c,d\n'), [['abc', 'd']])

    def test_line_num(self):
        r = csv.reader(StringIO('a\n"b\nc"\nd\n'))
        r.next()
        self.assertEqual(r.line_num, 1)
        self.assertEqual(r.next(), ['b\nc'])
        self.assertEqual(r.line_num, 3)

    def test_dialect_parameters(self):
        self.assertEqual(read('a;b\n', delimiter=';'), [['a', 'b']])
        self.assertEqual(read("'a;b';c\n", delimiter=';', quotechar="'"),
                         [['a;b', 'c']])
        self.assertEqual(read('a\\,b,c\n', escapechar='\\'),
                         [['a,b', 'c']])
        self.assertEqual(read('a, b,  c\n', skipinitialspace=True),
                         [['a', 'b', 'c']])
        self.assertEqual(read('"a"\n', quoting=csv.QUOTE_NONE),
                         [['"a"']])
        self.assertEqual(read('"x",1,2.5\n', quoting=csv.QUOTE_NONNUMERIC),
                         [['x', 1.0, 2.5]])
        self.assertEqual(read('a\tb\n', dialect='excel-tab'), [['a', 'b']])
        self.assertEqual(read('a\tb\n', dialect=csv.excel_tab), [['a', 'b']])

    def test_errors(self):
        self.assertRaises(csv.Error, read, 'a,"b', strict=True)
        self.assertEqual(read('a,"b'), [['a', 'b']])
        self.assertRaises(csv.Error, read, '"a"b', strict=True)
        self.assertRaises(csv.Error, read, 'a\0b')
        self.assertRaises(csv.Error, read, 'a\rb\n')
        self.assertRaises(TypeError, csv.reader, [], delimiter='::')
        self.assertRaises(TypeError, csv.reader, [], quoting=99)
        self.assertRaises(TypeError, csv.reader, [], quotechar=None)
        self.assertRaises(TypeError, csv.reader, [], bogus=1)

    def test_field_size_limit(self):
        old = csv.field_size_limit(5)
        try:
            self.assertRaises(csv.Error, read, 'abcdefgh\n')
            self.assertEqual(read('abc\n'), [['abc']])
        finally:
            csv.field_size_limit(old)
        self.assertEqual(csv.field_size_limit(), old)


class WriterTests(unittest.TestCase):

    def test_minimal_quoting(self):
        self.assertEqual(write([['a', 'b,c', 'd"e', 'f\ng', '']]),
                         'a,"b,c","d""e","f\ng",\r\n')
        self.assertEqual(write([[1, 2.5, None, 3L]]), '1,2.5,,3\r\n')
        self.assertEqual(write([['']]), '""\r\n')
        self.assertEqual(write([[]]), '\r\n')

    def test_other_quoting(self):
        self.assertEqual(write([['a', 1]], quoting=csv.QUOTE_ALL),
                         '"a","1"\r\n')
        self.assertEqual(write([['a', 1, 2.5]],
                               quoting=csv.QUOTE_NONNUMERIC),
                         '"a",1,2.5\r\n')
        self.assertEqual(write([['a,b']], quoting=csv.QUOTE_NONE,
                               escapechar='\\'), 'a\\,b\r\n')
        self.assertRaises(csv.Error, write, [['a,b']],
                          quoting=csv.QUOTE_NONE)
        # Without doublequote a quote is escaped, which needs no quoting.
        self.assertEqual(write([['a"b']], doublequote=False,
                               escapechar='\\'), 'a\\"b\r\n')
        self.assertEqual(write([['a', 1, 'p,"q"']], doublequote=False,
                               escapechar='\\'), 'a,1,"p,\\"q\\""\r\n')

    def test_dialect_output(self):
        self.assertEqual(write([['a', 'b']], delimiter='\t',
                               lineterminator='\n'), 'a\tb\n')
        self.assertEqual(write([['a', 'b']], dialect='excel-tab'),
                         'a\tb\r\n')

    def test_bad_rows(self):
        w = csv.writer(StringIO())
        self.assertRaises(csv.Error, w.writerow, 1)
        self.assertRaises(TypeError, csv.writer, 42)

    def test_roundtrip(self):
        rows = [['plain', 'with,comma', 'with "quote"', 'multi\nline', ''],
                ['', '', 'x']]
        self.assertEqual(read(write(rows)), rows)


class DialectTests(unittest.TestCase):

    def tearDown(self):
        for name in ('test-pipes', 'test-cls'):
            try:
                csv.unregister_dialect(name)
            except csv.Error:
                pass

    def test_registry(self):
        self.assertTrue('excel' in csv.list_dialects())
        self.assertTrue('excel-tab' in csv.list_dialects())
        csv.register_dialect('test-pipes', delimiter='|')
        self.assertEqual(read('a|b\n', dialect='test-pipes'), [['a', 'b']])
        self.assertEqual(csv.get_dialect('test-pipes').delimiter, '|')
        csv.unregister_dialect('test-pipes')
        self.assertRaises(csv.Error, csv.get_dialect, 'test-pipes')
        self.assertRaises(csv.Error, csv.unregister_dialect, 'test-pipes')

    def test_dialect_class(self):
        class semi(csv.excel):
            delimiter = ';'
        csv.register_dialect('test-cls', semi)
        self.assertEqual(read('a;b\n', dialect='test-cls'), [['a', 'b']])
        self.assertEqual(read('a;b\n', dialect=semi), [['a', 'b']])
        d = csv.get_dialect('excel')
        self.assertEqual((d.delimiter, d.quotechar, d.lineterminator,
                          d.quoting, d.doublequote, d.skipinitialspace),
                         (',', '"', '\r\n', csv.QUOTE_MINIMAL, True, False))
        self.assertRaises(AttributeError, setattr, d, 'delimiter', ';')

    def test_reader_and_writer_expose_dialect(self):
        r = csv.reader([], delimiter=';')
        self.assertEqual(r.dialect.delimiter, ';')
        w = csv.writer(StringIO(), quoting=csv.QUOTE_ALL)
        self.assertEqual(w.dialect.quoting, csv.QUOTE_ALL)


class DictTests(unittest.TestCase):

    def test_dict_reader(self):
        r = csv.DictReader(StringIO('name,age\nbob,3\n\nann,4,x\ncid\n'),
                           restkey='rest', restval='?')
        rows = list(r)
        self.assertEqual(r.fieldnames, ['name', 'age'])
        self.assertEqual(rows, [{'name': 'bob', 'age': '3'},
                                {'name': 'ann', 'age': '4', 'rest': ['x']},
                                {'name': 'cid', 'age': '?'}])
        r = csv.DictReader(StringIO('1,2\n'), fieldnames=['a', 'b'])
        self.assertEqual(list(r), [{'a': '1', 'b': '2'}])

    def test_dict_writer(self):
        out = StringIO()
        w = csv.DictWriter(out, ['a', 'b'], restval='-')
        w.writerow({'a': 1})
        w.writerows([{'b': 2, 'a': 3}])
        self.assertEqual(out.getvalue(), '1,-\r\n3,2\r\n')
        self.assertRaises(ValueError, w.writerow, {'c': 1})
        w = csv.DictWriter(StringIO(), ['a'], extrasaction='ignore')
        w.writerow({'a': 1, 'c': 2})
        self.assertRaises(ValueError, csv.DictWriter, StringIO(), ['a'],
                          extrasaction='bad')


class SnifferTests(unittest.TestCase):

    def test_sniff_delimiter(self):
        s = csv.Sniffer()
        d = s.sniff('a,b,c\n1,2,3\n4,5,6\n')
        self.assertEqual(d.delimiter, ',')
        d = s.sniff('a;b;c\n1;2;3\n')
        self.assertEqual(d.delimiter, ';')
        d = s.sniff("name|'Smith, J'|x\nname|'Doe'|y\n")
        self.assertEqual(d.delimiter, '|')
        self.assertEqual(d.quotechar, "'")
        self.assertRaises(csv.Error, s.sniff, '')

    def test_has_header(self):
        s = csv.Sniffer()
        self.assertTrue(s.has_header('name,age\nbob,30\nann,41\n'))
        self.assertFalse(s.has_header('1,2\n3,4\n5,6\n'))


def test_main():
    test_support.run_unittest(ReaderTests, WriterTests, DialectTests,
                              DictTests, SnifferTests)

if __name__ == "__main__":
    test_main()
