import unittest
import os
import struct
import shutil
import StringIO
import __builtin__
from test import test_support

import gettext


def make_mo(entries, byteorder='<'):
    """Build a .mo catalog from (msgid, msgstr) pairs (plural entries use
    NUL-separated strings, as in the file format)."""
    entries = list(entries)
    entries.sort()
    n = len(entries)
    header_size = 7 * 4
    orig_table = header_size
    trans_table = orig_table + 8 * n
    data_start = trans_table + 8 * n
    data = ''
    origs = []
    trans = []
    for msgid, msgstr in entries:
        origs.append((len(msgid), data_start + len(data)))
        data = data + msgid + '\x00'
    for msgid, msgstr in entries:
        trans.append((len(msgstr), data_start + len(data)))
        data = data + msgstr + '\x00'
    out = struct.pack(byteorder + '7I', 0x950412de, 0, n, orig_table,
                      trans_table, 0, 0)
    for length, offset in origs:
        out = out + struct.pack(byteorder + '2I', length, offset)
    for length, offset in trans:
        out = out + struct.pack(byteorder + '2I', length, offset)
    return out + data

HEADER = ('Project-Id-Version: test 1.0\n'
          'Content-Type: text/plain; charset=utf-8\n'
          'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : '
          'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n')

ENTRIES = [
    ('', HEADER),
    ('hello', 'privet'),
    ('cafe', 'caf\xc3\xa9'),
    ('file\x00files', 'fail\x00faila\x00failov'),
]


class PluralTest(unittest.TestCase):

    def test_c2py(self):
        f = gettext.c2py('n != 1')
        self.assertEqual([f(i) for i in range(3)], [1, 0, 1])
        f = gettext.c2py('n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 '
                         '&& (n%100<10 || n%100>=20) ? 1 : 2')
        self.assertEqual([f(i) for i in (1, 2, 5, 11, 21, 22, 25, 111)],
                         [0, 1, 2, 2, 0, 1, 2, 2])
        f = gettext.c2py('n==0 ? 0 : n==1 ? 1 : 2')
        self.assertEqual([f(0), f(1), f(7)], [0, 1, 2])
        f = gettext.c2py('(n > 1)')
        self.assertEqual([f(1), f(2)], [0, 1])
        f = gettext.c2py('!(n - 1)')
        self.assertEqual([f(1), f(2)], [1, 0])
        f = gettext.c2py('0')
        self.assertEqual(f(5), 0)

    def test_rejects(self):
        self.assertRaises(ValueError, gettext.c2py, 'os.system("x")')
        self.assertRaises(ValueError, gettext.c2py, '(n > 1')
        self.assertRaises(ValueError, gettext.c2py, 'n > 1)')
        self.assertRaises(ValueError, gettext.c2py, 'n ? 1')
        self.assertRaises(ValueError, gettext.c2py, 'n; 2')


class NullTest(unittest.TestCase):

    def test_null(self):
        t = gettext.NullTranslations()
        self.assertEqual(t.gettext('x'), 'x')
        self.assertEqual(t.ugettext('x'), u'x')
        self.assert_(isinstance(t.ugettext('x'), unicode))
        self.assertEqual(t.ngettext('a', 'b', 1), 'a')
        self.assertEqual(t.ngettext('a', 'b', 2), 'b')
        self.assertEqual(t.ungettext('a', 'b', 0), u'b')
        self.assertEqual(t.info(), {})
        self.assertEqual(t.charset(), None)
        t.set_output_charset('latin-1')
        self.assertEqual(t.output_charset(), 'latin-1')

    def test_fallback_chain(self):
        class Upper(gettext.NullTranslations):
            def gettext(self, message):
                return message.upper()
        t = gettext.NullTranslations()
        t.add_fallback(gettext.NullTranslations())
        t.add_fallback(Upper())
        self.assertEqual(t.gettext('abc'), 'ABC')


class GNUTest(unittest.TestCase):

    def catalog(self, byteorder='<'):
        return gettext.GNUTranslations(
            StringIO.StringIO(make_mo(ENTRIES, byteorder)))

    def test_lookup(self):
        t = self.catalog()
        self.assertEqual(t.gettext('hello'), 'privet')
        self.assertEqual(t.gettext('missing'), 'missing')
        self.assertEqual(t.ugettext('cafe'), u'caf\xe9')
        self.assertEqual(t.gettext('cafe'), 'caf\xc3\xa9')
        self.assertEqual(t.ugettext('missing'), u'missing')
        self.assertEqual(t.charset(), 'utf-8')
        self.assertEqual(t.info()['project-id-version'], 'test 1.0')

    def test_big_endian(self):
        t = self.catalog('>')
        self.assertEqual(t.gettext('hello'), 'privet')

    def test_plurals(self):
        t = self.catalog()
        self.assertEqual(t.ngettext('file', 'files', 1), 'fail')
        self.assertEqual(t.ngettext('file', 'files', 3), 'faila')
        self.assertEqual(t.ngettext('file', 'files', 5), 'failov')
        self.assertEqual(t.ngettext('file', 'files', 21), 'fail')
        self.assertEqual(t.ungettext('file', 'files', 11), u'failov')
        self.assertEqual(t.ngettext('dog', 'dogs', 1), 'dog')
        self.assertEqual(t.ngettext('dog', 'dogs', 2), 'dogs')

    def test_output_charset(self):
        t = self.catalog()
        t.set_output_charset('latin-1')
        self.assertEqual(t.gettext('cafe'), 'caf\xe9')
        self.assertEqual(t.lgettext('cafe'), 'caf\xe9')

    def test_fallback(self):
        t = self.catalog()
        other = gettext.GNUTranslations(
            StringIO.StringIO(make_mo([('bye', 'poka')])))
        t.add_fallback(other)
        self.assertEqual(t.gettext('bye'), 'poka')
        self.assertEqual(t.ugettext('bye'), u'poka')

    def test_no_header(self):
        t = gettext.GNUTranslations(
            StringIO.StringIO(make_mo([('a', 'b'), ('x\x00y', 'X\x00Y')])))
        self.assertEqual(t.gettext('a'), 'b')
        self.assertEqual(t.ngettext('x', 'y', 1), 'X')
        self.assertEqual(t.ngettext('x', 'y', 2), 'Y')
        self.assertEqual(t.charset(), None)

    def test_corrupt(self):
        self.assertRaises(IOError, gettext.GNUTranslations,
                          StringIO.StringIO('not a catalog at all'))
        data = make_mo(ENTRIES)
        self.assertRaises(IOError, gettext.GNUTranslations,
                          StringIO.StringIO(data[:40]))
        self.assertRaises(IOError, gettext.GNUTranslations,
                          StringIO.StringIO(''))


class FindTest(unittest.TestCase):

    def setUp(self):
        self.dir = test_support.TESTFN + '_locale'
        for lang, text in (('de', 'hallo'), ('de_AT', 'servus')):
            path = os.path.join(self.dir, lang, 'LC_MESSAGES')
            os.makedirs(path)
            f = open(os.path.join(path, 'app.mo'), 'wb')
            f.write(make_mo([('hello', text), ('only_' + lang, 'yes')]))
            f.close()
        self.saved_builtin = __builtin__.__dict__.get('_')

    def tearDown(self):
        shutil.rmtree(self.dir)
        gettext._translations.clear()
        if self.saved_builtin is None:
            __builtin__.__dict__.pop('_', None)
        else:
            __builtin__._ = self.saved_builtin

    def test_expand_lang(self):
        self.assertEqual(gettext._expand_lang('de_AT.UTF-8@euro'),
                         ['de_AT.UTF-8@euro', 'de_AT@euro', 'de.UTF-8@euro',
                          'de@euro', 'de_AT.UTF-8', 'de_AT', 'de.UTF-8',
                          'de'])

    def test_find(self):
        mo = gettext.find('app', self.dir, ['de_AT'])
        self.assertEqual(mo, os.path.join(self.dir, 'de_AT', 'LC_MESSAGES',
                                          'app.mo'))
        all = gettext.find('app', self.dir, ['de_AT'], all=1)
        self.assertEqual(len(all), 2)
        self.assertEqual(gettext.find('app', self.dir, ['fr']), None)
        self.assertEqual(gettext.find('app', self.dir, ['fr'], all=1), [])
        self.assertEqual(gettext.find('nope', self.dir, ['de']), None)

    def test_translation(self):
        t = gettext.translation('app', self.dir, ['de_AT'])
        self.assertEqual(t.gettext('hello'), 'servus')
        # de is a fallback of de_AT
        self.assertEqual(t.gettext('only_de'), 'yes')
        t = gettext.translation('app', self.dir, ['de'])
        self.assertEqual(t.gettext('hello'), 'hallo')
        self.assertRaises(IOError, gettext.translation, 'app', self.dir,
                          ['fr'])
        t = gettext.translation('app', self.dir, ['fr'], fallback=True)
        self.assert_(isinstance(t, gettext.NullTranslations))
        t = gettext.translation('app', self.dir, ['de'], codeset='ascii')
        self.assertEqual(t.output_charset(), 'ascii')
        self.assertEqual(gettext.translation('app', self.dir,
                                             ['de']).output_charset(), None)

    def test_install(self):
        t = gettext.translation('app', self.dir, ['de'])
        t.install()
        self.assertEqual(_('hello'), 'hallo')
        t.install(unicode=True)
        self.assertEqual(_('hello'), u'hallo')
        self.assert_(isinstance(_('hello'), unicode))

    def test_gnu_interface(self):
        saved = gettext.textdomain()
        try:
            self.assertEqual(gettext.textdomain('app'), 'app')
            gettext.bindtextdomain('app', self.dir)
            self.assertEqual(gettext.bindtextdomain('app'), self.dir)
            self.assertEqual(gettext.bind_textdomain_codeset('app'), None)
            # With languages from the environment the result depends on
            # it; a domain without catalogs passes messages through.
            self.assertEqual(gettext.dgettext('nothing', 'x'), 'x')
            self.assertEqual(gettext.dngettext('nothing', 'a', 'b', 2), 'b')
        finally:
            gettext.textdomain(saved)


def test_main():
    test_support.run_unittest(PluralTest, NullTest, GNUTest, FindTest)

if __name__ == "__main__":
    test_main()
