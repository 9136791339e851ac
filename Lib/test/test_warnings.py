"""Tests for the warnings module (2.5 Library Reference, section 26.4)."""

import sys
import os
import warnings
import linecache
import unittest
import StringIO
from test import test_support


class BaseTest(unittest.TestCase):

    def setUp(self):
        self.saved_filters = warnings.filters[:]
        self.saved_showwarning = warnings.showwarning
        self.saved_once = warnings.onceregistry.copy()
        self.saved_stderr = sys.stderr
        self.log = []
        def record(message, category, filename, lineno, file=None):
            self.log.append((str(message), category, filename, lineno))
        warnings.showwarning = record
        g = globals()
        if '__warningregistry__' in g:
            g['__warningregistry__'].clear()
        warnings.resetwarnings()

    def tearDown(self):
        warnings.filters[:] = self.saved_filters
        warnings.showwarning = self.saved_showwarning
        warnings.onceregistry.clear()
        warnings.onceregistry.update(self.saved_once)
        sys.stderr = self.saved_stderr


class TestWarn(BaseTest):

    def test_default_category_and_location(self):
        warnings.simplefilter('always')
        warnings.warn('hello'); line = sys._getframe().f_lineno
        self.assertEqual(len(self.log), 1)
        msg, cat, filename, lineno = self.log[0]
        self.assertEqual(msg, 'hello')
        self.assert_(cat is UserWarning)
        self.assertEqual(os.path.basename(filename), 'test_warnings.py')
        self.assertEqual(lineno, line)

    def test_stacklevel(self):
        warnings.simplefilter('always')
        def inner():
            warnings.warn('deprecated', DeprecationWarning, stacklevel=2)
        inner(); line = sys._getframe().f_lineno
        self.assertEqual(self.log[0][3], line)
        self.assert_(self.log[0][1] is DeprecationWarning)

    def test_warning_instance(self):
        warnings.simplefilter('always')
        w = RuntimeWarning('instance message')
        warnings.warn(w)
        self.assert_(self.log[0][1] is RuntimeWarning)
        self.assertEqual(self.log[0][0], 'instance message')

    def test_default_action_once_per_location(self):
        for i in range(3):
            warnings.warn('repeated')
        self.assertEqual(len(self.log), 1)
        # a different line is a different location
        warnings.warn('repeated')
        self.assertEqual(len(self.log), 2)

    def test_registry_records_key(self):
        warnings.warn('registered', RuntimeWarning)
        reg = globals()['__warningregistry__']
        keys = [k for k in reg if k[0] == 'registered']
        self.assertEqual(len(keys), 1)
        text, cat, lineno = keys[0]
        self.assert_(cat is RuntimeWarning)
        self.assert_(isinstance(lineno, int))

    def test_ignore(self):
        warnings.simplefilter('ignore')
        warnings.warn('nothing')
        self.assertEqual(self.log, [])

    def test_error(self):
        warnings.simplefilter('error', UserWarning)
        try:
            warnings.warn('boom')
        except UserWarning, e:
            self.assertEqual(str(e), 'boom')
        else:
            self.fail("UserWarning not raised")
        # other categories are not affected
        warnings.warn('fine', DeprecationWarning)
        self.assertEqual(len(self.log), 1)

    def test_always(self):
        warnings.simplefilter('always')
        for i in range(3):
            warnings.warn('again')
        self.assertEqual(len(self.log), 3)

    def test_once(self):
        warnings.simplefilter('once')
        warnings.warn('once only')
        warnings.warn('once only')
        def elsewhere():
            warnings.warn('once only')
        elsewhere()
        self.assertEqual(len(self.log), 1)

    def test_module_action(self):
        warnings.simplefilter('module')
        warnings.warn('per module')
        warnings.warn('per module')
        self.assertEqual(len(self.log), 1)

    def test_filter_order_first_match_wins(self):
        warnings.simplefilter('ignore')
        warnings.simplefilter('always', RuntimeWarning)
        warnings.warn('a', RuntimeWarning)
        warnings.warn('b', UserWarning)
        self.assertEqual([m for m, c, f, l in self.log], ['a'])

    def test_append(self):
        warnings.simplefilter('ignore')
        warnings.simplefilter('error', append=1)
        self.assertEqual(warnings.filters[0][0], 'ignore')
        self.assertEqual(warnings.filters[-1][0], 'error')
        warnings.warn('quiet')

    def test_filterwarnings_message_regex(self):
        warnings.filterwarnings('ignore', message='skip')
        warnings.filterwarnings('always', message='keep', append=1)
        warnings.warn('SKIP this one')       # case-insensitive match
        warnings.warn('keep this one')
        warnings.warn('neither, so default')
        self.assertEqual([m for m, c, f, l in self.log],
                         ['keep this one', 'neither, so default'])

    def test_filterwarnings_module_regex(self):
        warnings.filterwarnings('error', module='test\\.test_warnings$')
        try:
            warnings.warn('by module')
        except UserWarning:
            pass
        else:
            self.fail("UserWarning not raised")
        warnings.resetwarnings()
        warnings.filterwarnings('error', module='nomatch')
        warnings.warn('not this module')
        self.assertEqual(len(self.log), 1)

    def test_filterwarnings_lineno(self):
        line = sys._getframe().f_lineno + 3
        warnings.filterwarnings('error', lineno=line)
        try:
            warnings.warn('on this line')
        except UserWarning:
            pass
        else:
            self.fail("UserWarning not raised")
        warnings.warn('other line')
        self.assertEqual(len(self.log), 1)

    def test_filter_tuple_layout(self):
        warnings.filterwarnings('error', 'msg', RuntimeWarning, 'mod', 3)
        action, msg, cat, mod, lineno = warnings.filters[0]
        self.assertEqual(action, 'error')
        self.assert_(msg.match('MSG and more'))
        self.assert_(cat is RuntimeWarning)
        self.assert_(mod.match('mod'))
        self.assertEqual(lineno, 3)
        warnings.simplefilter('ignore', DeprecationWarning, 0)
        self.assertEqual(warnings.filters[0],
                         ('ignore', None, DeprecationWarning, None, 0))

    def test_bad_filter_arguments(self):
        self.assertRaises(AssertionError, warnings.filterwarnings, 'bogus')
        self.assertRaises(AssertionError, warnings.simplefilter, 'bogus')
        self.assertRaises(AssertionError, warnings.filterwarnings,
                          'ignore', category=int)
        self.assertRaises(AssertionError, warnings.filterwarnings,
                          'ignore', lineno=-1)
        self.assertRaises(AssertionError, warnings.filterwarnings,
                          'ignore', message=3)

    def test_resetwarnings(self):
        warnings.simplefilter('error')
        warnings.resetwarnings()
        self.assertEqual(warnings.filters, [])

    def test_default_filters_at_startup(self):
        # in a fresh interpreter: other tests may have changed ours
        p = os.popen('"%s" -E -c "import warnings; print [(f[0], '
                     'f[2].__name__) for f in warnings.filters]"'
                     % sys.executable)
        out = p.read()
        p.close()
        self.assertEqual(out, "[('ignore', 'PendingDeprecationWarning'), "
                         "('ignore', 'ImportWarning')]\n")

    def test_warn_explicit(self):
        warnings.simplefilter('always')
        registry = {}
        warnings.warn_explicit('explicit', SyntaxWarning, 'somefile.py',
                               42, 'somemodule', registry)
        self.assertEqual(self.log, [('explicit', SyntaxWarning,
                                     'somefile.py', 42)])
        warnings.resetwarnings()
        warnings.warn_explicit('explicit', SyntaxWarning, 'somefile.py',
                               42, 'somemodule', registry)
        self.assertEqual(registry, {('explicit', SyntaxWarning, 42): 1})
        self.assertEqual(len(self.log), 2)
        warnings.warn_explicit('explicit', SyntaxWarning, 'somefile.py',
                               42, 'somemodule', registry)
        self.assertEqual(len(self.log), 2)

    def test_warn_explicit_module_from_filename(self):
        warnings.filterwarnings('error', module='^spam$')
        self.assertRaises(UserWarning, warnings.warn_explicit, 'x',
                          UserWarning, 'spam.py', 1)

    def test_bad_action_in_filters(self):
        warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
        self.assertRaises(RuntimeError, warnings.warn, 'x')


class TestShowFormat(BaseTest):

    def test_formatwarning(self):
        fn = warnings.__file__.replace('.pyc', '.py')
        line1 = linecache.getline(fn, 1).strip()
        self.assert_(line1)
        s = warnings.formatwarning('msg', DeprecationWarning, fn, 1)
        self.assertEqual(s, '%s:1: DeprecationWarning: msg\n  %s\n' %
                         (fn, line1))
        s = warnings.formatwarning('msg', UserWarning, 'nofile.py', 7)
        self.assertEqual(s, 'nofile.py:7: UserWarning: msg\n')

    def test_formatwarning_with_instance(self):
        s = warnings.formatwarning(UserWarning('inst'), UserWarning,
                                   'nofile.py', 1)
        self.assertEqual(s, 'nofile.py:1: UserWarning: inst\n')

    def test_showwarning_file(self):
        f = StringIO.StringIO()
        self.saved_showwarning('text', RuntimeWarning, 'nofile.py', 3, f)
        self.assertEqual(f.getvalue(), 'nofile.py:3: RuntimeWarning: text\n')

    def test_showwarning_default_is_stderr(self):
        sys.stderr = StringIO.StringIO()
        self.saved_showwarning('text', RuntimeWarning, 'nofile.py', 3)
        self.assertEqual(sys.stderr.getvalue(),
                         'nofile.py:3: RuntimeWarning: text\n')

    def test_warn_writes_to_stderr(self):
        warnings.showwarning = self.saved_showwarning
        sys.stderr = StringIO.StringIO()
        warnings.simplefilter('always')
        warnings.warn('to stderr'); line = sys._getframe().f_lineno
        out = sys.stderr.getvalue()
        self.assert_(out.endswith(":%d: UserWarning: to stderr\n"
                                  "  warnings.warn('to stderr'); "
                                  "line = sys._getframe().f_lineno\n" % line),
                     out)

    def test_showwarning_replaced(self):
        warnings.simplefilter('always')
        warnings.warn('captured', FutureWarning)
        self.assertEqual(len(self.log), 1)
        self.assert_(self.log[0][1] is FutureWarning)


class TestOptions(BaseTest):

    def test_setoption_full(self):
        warnings._setoption('error:some msg:RuntimeWarning:mymod:12')
        action, msg, cat, mod, lineno = warnings.filters[0]
        self.assertEqual(action, 'error')
        self.assert_(msg.match('some msg'))
        self.assert_(cat is RuntimeWarning)
        self.assert_(mod.match('mymod'))
        self.failIf(mod.match('mymodule'))
        self.assertEqual(lineno, 12)

    def test_setoption_abbreviations(self):
        for opt, action in [('i', 'ignore'), ('e', 'error'),
                            ('a', 'always'), ('all', 'always'),
                            ('d', 'default'), ('m', 'module'),
                            ('o', 'once'), ('', 'default')]:
            warnings.resetwarnings()
            warnings._setoption(opt)
            self.assertEqual(warnings.filters[0][0], action, opt)
            self.assert_(warnings.filters[0][2] is Warning)
            self.assertEqual(warnings.filters[0][4], 0)

    def test_setoption_dotted_category(self):
        warnings._setoption('ignore::exceptions.DeprecationWarning')
        self.assert_(warnings.filters[0][2] is DeprecationWarning)

    def test_setoption_message_is_literal(self):
        warnings._setoption('ignore:a.b')
        msg = warnings.filters[0][1]
        self.assert_(msg.match('a.b'))
        self.failIf(msg.match('axb'))

    def test_setoption_errors(self):
        E = warnings._OptionError
        self.assertRaises(E, warnings._setoption, '1:2:3:4:5:6')
        self.assertRaises(E, warnings._setoption, 'bogus')
        self.assertRaises(E, warnings._setoption, 'ignore::NoSuchWarning')
        self.assertRaises(E, warnings._setoption, 'ignore::int')
        self.assertRaises(E, warnings._setoption, 'ignore::nosuchmod.W')
        self.assertRaises(E, warnings._setoption, 'ignore:::mod:x')
        self.assertRaises(E, warnings._setoption, 'ignore:::mod:-1')
        try:
            warnings._setoption('bogus')
        except E, e:
            self.assertEqual(str(e), "invalid action: 'bogus'")
        try:
            warnings._setoption('1:2:3:4:5:6')
        except E, e:
            self.assertEqual(str(e), "too many fields (max 5): '1:2:3:4:5:6'")

    def test_processoptions_reports_bad(self):
        sys.stderr = StringIO.StringIO()
        warnings._processoptions(['ignore', 'bogus'])
        self.assertEqual(sys.stderr.getvalue(),
                         "Invalid -W option ignored: invalid action: 'bogus'\n")
        self.assertEqual(warnings.filters[0][0], 'ignore')

    def test_command_line(self):
        cmd = ('"%s" -E -W error::RuntimeWarning -c "import warnings; '
               'warnings.warn(\'x\', RuntimeWarning)" 2>&1'
               % sys.executable)
        p = os.popen(cmd)
        out = p.read()
        status = p.close()
        self.assert_(status, out)
        self.assert_('RuntimeWarning: x' in out, out)
        cmd = ('"%s" -E -W ignore -c "import warnings; '
               'warnings.warn(\'x\'); print \'done\'" 2>&1' % sys.executable)
        p = os.popen(cmd)
        out = p.read()
        p.close()
        self.assertEqual(out, 'done\n')


def test_main():
    test_support.run_unittest(TestWarn, TestShowFormat, TestOptions)

if __name__ == '__main__':
    test_main()
