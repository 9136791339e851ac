"""compile() and code objects: modes, flags, attributes, line numbers,
source encodings."""
import sys
import unittest
from test import test_support


class CompileTests(unittest.TestCase):

    def test_modes(self):
        c = compile('x = 1\ny = 2', 'file.py', 'exec')
        self.assertEqual(c.co_filename, 'file.py')
        self.assertEqual(c.co_name, '<module>')
        self.assertEqual(sorted(c.co_names), ['x', 'y'])
        self.assertEqual(eval(compile('1 + 2', '<e>', 'eval')), 3)
        self.assertEqual(compile('', 'empty', 'exec').co_name, '<module>')
        self.assertRaises(SyntaxError, compile, 'x = 1', 'x', 'eval')
        self.assertRaises(ValueError, compile, '1', 'x', 'badmode')

    def test_single_mode_prints(self):
        import StringIO
        out = StringIO.StringIO()
        old = sys.stdout
        sys.stdout = out
        try:
            exec compile('3 * 3', '<single>', 'single')
            exec compile('None', '<single>', 'single')
            exec compile('if 1:\n  "text"\n', '<single>', 'single')
        finally:
            sys.stdout = old
        self.assertEqual(out.getvalue(), "9\n'text'\n")

    def test_code_attributes(self):
        def f(a, b=1, *args, **kw):
            "doc"
            local = a
            return local
        co = f.func_code
        self.assertEqual(co.co_argcount, 2)
        self.assertEqual(co.co_varnames, ('a', 'b', 'args', 'kw', 'local'))
        self.assertEqual(co.co_nlocals, 5)
        self.assertEqual(co.co_name, 'f')
        self.assertEqual(co.co_consts[0], 'doc')
        self.assert_(co.co_flags & 0x04)     # CO_VARARGS
        self.assert_(co.co_flags & 0x08)     # CO_VARKEYWORDS
        self.assert_(co.co_flags & 0x01)     # CO_OPTIMIZED
        self.assert_(co.co_stacksize >= 1)
        self.assertEqual(type(co.co_code), str)
        self.assertEqual(type(co.co_lnotab), str)
        self.assertEqual(f.__doc__, 'doc')

    def test_tuple_parameters(self):
        def f(a, (b, c), d):
            return a, b, c, d
        self.assertEqual(f.func_code.co_argcount, 3)
        self.assertEqual(f.func_code.co_varnames[:3], ('a', '.1', 'd'))
        self.assertEqual(f(1, (2, 3), 4), (1, 2, 3, 4))

    def test_generator_flag(self):
        def g():
            yield 1
        self.assert_(g.func_code.co_flags & 0x20)
        def h():
            if 0:
                yield 1
        self.assert_(h.func_code.co_flags & 0x20)

    def test_firstlineno_and_repr(self):
        c = compile('\n\ndef f():\n    pass\n', 'fl.py', 'exec')
        fco = [k for k in c.co_consts if hasattr(k, 'co_name')][0]
        self.assertEqual(fco.co_firstlineno, 3)
        r = repr(fco)
        self.assert_(r.startswith('<code object f at 0x'), r)
        self.assert_(r.endswith(', file "fl.py", line 3>'), r)

    def test_line_numbers_in_tracebacks(self):
        src = "a = 1\n\nb = 2\nraise ValueError\n"
        try:
            exec compile(src, 'ln.py', 'exec') in {}
        except ValueError:
            tb = sys.exc_info()[2]
            while tb.tb_next:
                tb = tb.tb_next
            self.assertEqual(tb.tb_lineno, 4)
        else:
            self.fail('no exception')

    def test_constants_distinct_by_type(self):
        c = compile('a = 1; b = 1.0; c = 1L; d = 0.0; e = -0.0', 's', 'exec')
        d = {}
        exec c in d
        self.assertEqual(type(d['a']), int)
        self.assertEqual(type(d['b']), float)
        self.assertEqual(type(d['c']), long)
        self.assertEqual(repr(d['d']), '0.0')
        self.assertEqual(repr(d['e']), '-0.0')

    def test_code_equality(self):
        a = compile('x = 1', 's', 'exec')
        b = compile('x = 1', 's', 'exec')
        self.assertEqual(a, b)
        self.assertEqual(hash(a), hash(b))
        self.assertNotEqual(a, compile('x = 2', 's', 'exec'))

    def test_unicode_source(self):
        self.assertEqual(eval(compile(u'u"\\xe9"', 'u', 'eval')), u'\xe9')
        self.assertEqual(eval(compile(u'u"\xe9"', 'u', 'eval')), u'\xe9')
        self.assertEqual(eval(compile(u'"\xe9"', 'u', 'eval')), '\xc3\xa9')

    def test_coding_declarations(self):
        latin = '# -*- coding: latin-1 -*-\ns = "\xe9"\nu = u"\xe9"\n'
        d = {}
        exec latin in d
        self.assertEqual(d['s'], '\xe9')
        self.assertEqual(d['u'], u'\xe9')
        utf8 = '# coding: utf-8\ns = "\xc3\xa9"\nu = u"\xc3\xa9"\n'
        d = {}
        exec utf8 in d
        self.assertEqual(d['s'], '\xc3\xa9')
        self.assertEqual(d['u'], u'\xe9')
        bom = '\xef\xbb\xbfu = u"\xc3\xa9"\n'
        d = {}
        exec bom in d
        self.assertEqual(d['u'], u'\xe9')

    def test_source_file_needs_declaration(self):
        import os
        name = '/tmp/_test_compile_%d.py' % os.getpid()
        f = open(name, 'w')
        f.write('x = "\xe9"\n')
        f.close()
        try:
            try:
                execfile(name, {})
            except SyntaxError, e:
                self.assert_(str(e).startswith("Non-ASCII character '\\xe9' in file"),
                             str(e))
            else:
                self.fail('non-ASCII source without declaration accepted')
        finally:
            os.unlink(name)

    def test_tabs(self):
        d = {}
        exec "if 1:\n\tx = 1\n        y = 2\n" in d
        self.assertEqual((d['x'], d['y']), (1, 2))

    def test_stacksize_enough(self):
        # deep expressions and many arguments must run
        src = 'r = ' + '(' * 50 + '1' + ' + 1)' * 50
        d = {}
        exec src in d
        self.assertEqual(d['r'], 51)
        args = ', '.join([str(i) for i in range(200)])
        self.assertEqual(eval('len([%s])' % args), 200)

    def test_many_names_and_constants(self):
        # more than 65535 entries need EXTENDED_ARG
        src = '\n'.join(['v%d = %d' % (i, i) for i in range(70000)])
        d = {}
        exec compile(src, 'big', 'exec') in d
        self.assertEqual(d['v69999'], 69999)

    def test_code_constructor(self):
        code = type(compile('1', 's', 'eval'))
        c = compile('x + 1', 's', 'eval')
        c2 = code(c.co_argcount, c.co_nlocals, c.co_stacksize, c.co_flags,
                  c.co_code, c.co_consts, c.co_names, c.co_varnames,
                  c.co_filename, c.co_name, c.co_firstlineno, c.co_lnotab)
        self.assertEqual(eval(c2, {'x': 1}), 2)
        self.assertRaises(ValueError, code, -1, 0, 0, 0, '', (), (), (),
                          's', 'n', 1, '')


def test_main():
    test_support.run_unittest(CompileTests)

if __name__ == '__main__':
    test_main()
