# Compiler and builtin details where programs can see how CPython 2.5 did
# things: the constants the peephole pass folds (co_consts, dis), None as
# a name, where symbol-table SyntaxErrors keep their location, -Qnew,
# odd literals, and the order in which zip/map/filter ask for lengths.

import dis
import os
import sys
import time
import traceback
import unittest
from StringIO import StringIO
from test import test_support


def consts(src, name='f'):
    ns = {}
    exec src in ns
    return ns[name].func_code.co_consts


def disassembly(func):
    saved = sys.stdout
    sys.stdout = out = StringIO()
    try:
        dis.dis(func)
    finally:
        sys.stdout = saved
    return out.getvalue()


def opnames(code):
    co = code.co_code
    names = []
    i = 0
    while i < len(co):
        op = ord(co[i])
        names.append(dis.opname[op])
        i += op >= dis.HAVE_ARGUMENT and 3 or 1
    return names


class FoldingTest(unittest.TestCase):
    # 2.5 folds in the peephole pass: the operands stay in co_consts in
    # source order and the result is appended, even when equal to one.

    def test_binary(self):
        self.assertEqual(consts('def f(): return 1+2'), (None, 1, 2, 3))
        self.assertEqual(consts('def f(): return 7 // 2'), (None, 7, 2, 3))
        self.assertEqual(consts('def f(): return 1 + 2 + 3'),
                         (None, 1, 2, 3, 3, 6))
        self.assertEqual(consts('def f(): return "abc"[1]'),
                         (None, 'abc', 1, 'b'))
        self.assertEqual(consts('def f(): return 2 ** 10'),
                         (None, 2, 10, 1024))
        self.assertEqual(consts('def f(): return 3 * "a"'),
                         (None, 3, 'a', 'aaa'))

    def test_unary(self):
        self.assertEqual(consts('def f(): return ~5'), (None, 5, -6))
        self.assertEqual(consts('def f(): return `5`'), (None, 5, '5'))
        self.assertEqual(consts('def f(): return -(5)'), (None, 5, -5))
        # a negative literal is one constant from the start
        self.assertEqual(consts('def f(): return -5'), (None, -5))
        # unary plus and not are never folded
        self.assertEqual(consts('def f(): return +5'), (None, 5))
        self.assertEqual(consts('def f(): return not 5'), (None, 5))

    def test_negative_zero_kept(self):
        c = consts('def f(): return -(0.0)')
        self.assertEqual(c, (None, 0.0))
        ns = {}
        exec 'def f(): return -(0.0)' in ns
        self.assertEqual(repr(ns['f']()), '-0.0')

    def test_tuples(self):
        self.assertEqual(consts('def f(): return (1, 2)'),
                         (None, 1, 2, (1, 2)))
        self.assertEqual(consts('def f(x): return x in (1, 2)'),
                         (None, 1, 2, (1, 2)))
        # a list used only by `in` becomes a tuple constant
        self.assertEqual(consts('def f(x): return x not in [1, 2]'),
                         (None, 1, 2, (1, 2)))
        self.assertEqual(consts('def f(): return [1, 2]'), (None, 1, 2))
        self.assertEqual(consts('def f(): return ()'), (None, ()))
        self.assertEqual(consts('def f():\n a, b = 1, 2\n return a'),
                         (None, 1, 2, (1, 2)))

    def test_statements(self):
        src = ('def k():\n'
               '    x = 1 + 2\n'
               '    y = "a" * 3\n'
               '    z = (1, 2, (3, 4))\n')
        # one forward sweep: the inner tuple is folded, the outer one
        # then follows a folded constant and is built at run time
        self.assertEqual(consts(src, 'k'),
                         (None, 1, 2, 'a', 3, 4, 3, 'aaa', (3, 4)))

    def test_module_order(self):
        co = compile('x = 1 + 2', '', 'exec')
        self.assertEqual(co.co_consts, (1, 2, None, 3))

    def test_dis_shows_folded_constant(self):
        ns = {}
        exec 'def f1(): return 1+2' in ns
        text = disassembly(ns['f1'])
        self.assert_('LOAD_CONST               3 (3)' in text, text)
        self.assertEqual(opnames(ns['f1'].func_code),
                         ['LOAD_CONST', 'RETURN_VALUE'])

    def test_not_folded(self):
        # classic division depends on -Qnew at run time
        self.assertEqual(consts('def f(): return 1 / 2'), (None, 1, 2))
        # errors are left for run time
        self.assertEqual(consts('def f(): return 1 // 0'), (None, 1, 0))
        self.assertEqual(consts('def f(): return "a" + 1'), (None, 'a', 1))
        # sequences longer than 20 are not kept
        self.assertEqual(consts('def f(): return "a" * 21'),
                         (None, 'a', 21))
        self.assertEqual(consts('def f(): return "a" * 20'),
                         (None, 'a', 20, 'a' * 20))

    def test_true_division_folded(self):
        src = 'from __future__ import division\ndef f(): return 1 / 2\n'
        self.assertEqual(consts(src), (None, 1, 2, 0.5))

    def test_huge_results_not_computed(self):
        start = time.time()
        co = compile('x = 2 ** 100000000\ny = "%1000000000d" % 1\n'
                     'z = 1 << 100000000\nw = "ab" * 1000000000\n',
                     '', 'exec')
        self.assert_(time.time() - start < 5)
        for c in co.co_consts:
            self.failIf(isinstance(c, (int, long)) and c > 2 ** 1000)
            self.failIf(isinstance(c, str) and len(c) > 20)

    def test_results(self):
        def f():
            return (1 + 2, 2 ** 3, 7 % 4, 'a' * 3, ~1, -(2), `3`,
                    (1, 2)[1], 6 & 3, 6 | 1, 6 ^ 3, 1 << 3, 16 >> 2)
        self.assertEqual(f(), (3, 8, 3, 'aaa', -2, -2, '3', 2, 2, 7, 5,
                               8, 4))


class NoneTest(unittest.TestCase):

    def test_none_is_a_name(self):
        ns = {}
        exec 'def f(x): return x is None' in ns
        code = ns['f'].func_code
        self.assertEqual(code.co_names, ('None',))
        self.assertEqual(code.co_consts, (None,))
        self.assert_('LOAD_GLOBAL' not in opnames(code))
        self.assertEqual(ns['f'](None), True)

    def test_none_kept_as_global_without_constant(self):
        ns = {}
        exec 'def f2():\n    "doc"\n    return None\n' in ns
        code = ns['f2'].func_code
        self.assertEqual(code.co_names, ('None',))
        self.assertEqual(code.co_consts, ('doc',))
        self.assert_('LOAD_GLOBAL' in opnames(code))
        self.assertEqual(ns['f2'](), None)

    def test_module(self):
        co = compile('x = None', '', 'exec')
        self.assertEqual(co.co_names, ('None', 'x'))
        self.assertEqual(co.co_consts, (None,))

    def test_eval_mode(self):
        co = compile('None', '', 'eval')
        self.assertEqual(co.co_names, ('None',))
        self.assertEqual(co.co_consts, ())
        self.assertEqual(eval(co), None)


class SymtableErrorTest(unittest.TestCase):

    def error(self, src):
        import warnings
        warnings.filterwarnings('ignore', category=SyntaxWarning)
        try:
            try:
                compile(src, 'fn', 'exec')
            except SyntaxError, e:
                return e
        finally:
            del warnings.filters[0]
        self.fail('no SyntaxError for %r' % src)

    def check_located(self, src, msg, lineno):
        e = self.error(src)
        self.assertEqual(e.args, (msg,))
        self.assertEqual(e.msg, msg)
        self.assertEqual(e.filename, 'fn')
        self.assertEqual(e.lineno, lineno)
        self.assertEqual(e.offset, None)
        self.assertEqual(str(e), '%s (fn, line %d)' % (msg, lineno))
        lines = traceback.format_exception_only(SyntaxError, e)
        self.assertEqual(lines,
                         ['SyntaxError: %s (fn, line %d)\n' % (msg, lineno)])

    def test_duplicate_argument(self):
        self.check_located('x = 1\ndef f(x, x): pass\n',
                           "duplicate argument 'x' in function definition", 2)

    def test_local_and_global(self):
        self.check_located('def f(x):\n    global x\n',
                           "name 'x' is local and global", 1)

    def test_import_star_with_free_variables(self):
        self.check_located(
            'def f():\n    from string import *\n    def g(): return x\n',
            "import * is not allowed in function 'f' because it is "
            "contains a nested function with free variables", 2)

    def test_bare_exec_with_free_variables(self):
        self.check_located(
            'def f():\n    exec "x"\n    def g(): return x\n',
            "unqualified exec is not allowed in function 'f' it "
            "contains a nested function with free variables", 2)

    def test_star_and_exec_in_nested_function(self):
        self.check_located(
            'def f():\n    y = 1\n    def g():\n'
            '        from string import *\n        exec "x"\n'
            '        return y\n',
            "function 'g' uses import * and bare exec, which are "
            "illegal because it is a nested function", 4)

    def test_delete_of_cell_has_no_location(self):
        msg = "can not delete variable 'x' referenced in nested scope"
        e = self.error('def f():\n    x = 1\n    def g(): return x\n'
                       '    del x\n')
        self.assertEqual(e.args, (msg,))
        self.assertEqual(e.filename, None)
        self.assertEqual(e.lineno, None)
        self.assertEqual(str(e), msg)

    def test_compiler_errors_keep_location_tuple(self):
        e = self.error('x = 1\nreturn 5\n')
        self.assertEqual(e.args[0], "'return' outside function")
        self.assertEqual(e.args[1][:3], ('fn', 2, None))


class QnewTest(unittest.TestCase):

    def run_python(self, args):
        # -S: nothing is imported, so no .pyc is written under -Qnew
        cmd = '%s -E -S %s 2>&1' % (sys.executable, args)
        pipe = os.popen(cmd)
        try:
            return pipe.read()
        finally:
            pipe.close()

    def test_qnew(self):
        out = self.run_python('-Qnew -c "print 1/2; print eval(\'3/2\'); '
                              'x = 7; x /= 2; print x"')
        self.assertEqual(out.split(), ['0.5', '1.5', '3.5'])

    def test_qnew_exec_and_main_flag(self):
        out = self.run_python('-Qnew -c "exec \'print 1/4\'; import sys; '
                              'print sys._getframe().f_code.co_flags '
                              '& 0x2000"')
        self.assertEqual(out.split(), ['0.25', '8192'])

    def test_qold(self):
        out = self.run_python('-Qold -c "print 1/2"')
        self.assertEqual(out.split(), ['0'])


class LiteralTest(unittest.TestCase):

    def test_hex_without_digits(self):
        self.assertEqual(eval('0x'), 0)
        for src in ('0xL', '0Xl'):
            try:
                compile(src, '', 'eval')
            except ValueError, e:
                self.assertEqual(str(e),
                                 "invalid literal for long() with base 16: "
                                 "'%s'" % src)
            else:
                self.fail('no ValueError for %s' % src)
        self.assertEqual(eval('0x1L'), 1L)


class Probe(list):
    log = None
    def __len__(self):
        self.log.append('len')
        return list.__len__(self)
    def __iter__(self):
        self.log.append('iter')
        return list.__iter__(self)


class ProbeTuple(tuple):
    log = None
    def __len__(self):
        self.log.append('len')
        return tuple.__len__(self)


class ProbeStr(str):
    log = None
    def __len__(self):
        self.log.append('len')
        return str.__len__(self)


class LengthOrderTest(unittest.TestCase):

    def probe(self, func, cls=Probe, value=[1]):
        log = []
        cls.log = log
        try:
            obj = cls(value)
            func(obj)
        finally:
            cls.log = None
        return log

    def test_zip_asks_lengths_first(self):
        self.assertEqual(self.probe(lambda l: zip(l, l)),
                         ['len', 'len', 'iter', 'iter'])

    def test_zip_stops_asking_at_first_without_length(self):
        log = []
        Probe.log = log
        try:
            zip((x for x in [1]), Probe([1]))
        finally:
            Probe.log = None
        self.assertEqual(log, ['iter'])

    def test_map_and_filter_iterate_first(self):
        self.assertEqual(self.probe(lambda l: map(None, l)), ['iter', 'len'])
        self.assertEqual(self.probe(lambda l: map(abs, l)), ['iter', 'len'])
        self.assertEqual(self.probe(lambda l: map(None, l, l)),
                         ['iter', 'len', 'iter', 'len'])
        self.assertEqual(self.probe(lambda l: filter(None, l)),
                         ['iter', 'len'])

    def test_filter_of_str_and_tuple_uses_own_size(self):
        self.assertEqual(self.probe(lambda t: filter(None, t), ProbeTuple,
                                    (1, 0)), [])
        self.assertEqual(self.probe(lambda s: filter(None, s), ProbeStr,
                                    'ab'), [])

    def test_length_errors_propagate(self):
        class Bad(object):
            def __len__(self):
                raise ValueError('bad len')
            def __iter__(self):
                return iter([1])
        self.assertRaises(ValueError, zip, Bad())
        self.assertRaises(ValueError, map, abs, Bad())
        self.assertRaises(ValueError, filter, None, Bad())
        class NoLen(object):
            def __iter__(self):
                return iter([1, 0])
        self.assertEqual(zip(NoLen()), [(1,), (0,)])
        self.assertEqual(filter(None, NoLen()), [1])


class SysTest(unittest.TestCase):

    def test_call_tracing(self):
        self.assertEqual(sys.call_tracing(lambda a, b: a + b, (1, 2)), 3)
        log = []
        def tracer(frame, event, arg):
            if event == 'call':
                log.append(frame.f_code.co_name)
            return None
        def inner():
            return 5
        def outer():
            return sys.call_tracing(inner, ())
        sys.settrace(tracer)
        try:
            outer()
        finally:
            sys.settrace(None)
        self.assertEqual(log, ['outer', 'inner'])

    def test_filesystem_encoding_from_locale(self):
        cmd = ('LC_ALL=C %s -E -S -c "import sys; '
               'print sys.getfilesystemencoding()"' % sys.executable)
        pipe = os.popen(cmd)
        try:
            out = pipe.read()
        finally:
            pipe.close()
        self.assertEqual(out.strip(), 'ANSI_X3.4-1968')
        self.assert_(isinstance(sys.getfilesystemencoding(), str))


def test_main():
    test_support.run_unittest(FoldingTest, NoneTest, SymtableErrorTest,
                              QnewTest, LiteralTest, LengthOrderTest,
                              SysTest)

if __name__ == '__main__':
    test_main()
