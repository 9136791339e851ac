import unittest
import sys
import StringIO
from test import test_support

import bdb
import pdb


def callee(x):
    y = x * 2
    return y


def main_func():
    a = callee(1)
    b = callee(2)
    return a + b


BASE = callee.func_code.co_firstlineno
THIS_FILE = callee.func_code.co_filename


class Recorder(bdb.Bdb):
    """Steps through everything and records the events it sees."""

    def __init__(self, plan=None):
        bdb.Bdb.__init__(self)
        self.events = []
        self.plan = plan

    def _record(self, kind, frame, extra=None):
        self.events.append((kind, frame.f_code.co_name, frame.f_lineno))
        if self.plan:
            self.plan(self, kind, frame)
        else:
            self.set_step()

    def user_call(self, frame, args):
        if self.stop_here(frame):
            self._record('call', frame)

    def user_line(self, frame):
        self._record('line', frame)

    def user_return(self, frame, value):
        self._record('return', frame)

    def user_exception(self, frame, info):
        self._record('exception', frame)

    def do_clear(self, arg):
        self.clear_bpbynumber(arg)


class BdbTest(unittest.TestCase):

    def tearDown(self):
        bdb.Breakpoint.next = 1
        bdb.Breakpoint.bplist = {}
        bdb.Breakpoint.bpbynumber = [None]

    def test_step_everything(self):
        r = Recorder()
        self.assertEqual(r.runcall(main_func), 6)
        lines = [e for e in r.events if e[0] == 'line']
        self.assert_(('line', 'callee', BASE + 1) in lines)
        self.assert_(('line', 'main_func', BASE + 6) in lines)
        self.assertEqual(len([e for e in r.events
                              if e[:2] == ('return', 'callee')]), 2)

    def test_next_skips_calls(self):
        def plan(debugger, kind, frame):
            debugger.set_next(frame)
        r = Recorder(plan)
        r.runcall(main_func)
        self.failIf([e for e in r.events if e[1] == 'callee'])

    def test_breakpoint_and_continue(self):
        def plan(debugger, kind, frame):
            debugger.set_continue()
        r = Recorder(plan)
        self.assertEqual(r.set_break(THIS_FILE, BASE + 2), None)
        r.run('main_func()', globals())
        hits = [e for e in r.events if e[0] == 'line']
        self.assertEqual(hits[1:], [('line', 'callee', BASE + 2)] * 2)
        bp = r.get_breaks(THIS_FILE, BASE + 2)[0]
        self.assertEqual(bp.hits, 2)
        self.assertEqual(r.clear_break(THIS_FILE, BASE + 2), None)
        self.failIf(r.get_break(THIS_FILE, BASE + 2))

    def test_conditional_and_temporary(self):
        def plan(debugger, kind, frame):
            debugger.set_continue()
        r = Recorder(plan)
        r.set_break(THIS_FILE, BASE + 2, cond='x == 2')
        r.run('main_func()', globals())
        hits = [e for e in r.events if e[0] == 'line'][1:]
        self.assertEqual(len(hits), 1)
        r = Recorder(plan)
        r.set_break(THIS_FILE, BASE + 2, temporary=1)
        r.run('main_func()', globals())
        hits = [e for e in r.events if e[0] == 'line'][1:]
        self.assertEqual(len(hits), 1)
        self.failIf(r.get_break(THIS_FILE, BASE + 2))

    def test_set_break_errors(self):
        r = Recorder()
        msg = r.set_break(THIS_FILE, 100000)
        self.assert_(msg.startswith('Line ') and 'does not exist' in msg)
        self.assertEqual(r.clear_bpbynumber('x'),
                         'Non-numeric breakpoint number (x)')
        self.assertEqual(r.clear_all_breaks(), 'There are no breakpoints')

    def test_bpprint(self):
        bp = bdb.Breakpoint('/some/file.py', 12, temporary=1)
        out = StringIO.StringIO()
        bp.bpprint(out)
        self.assertEqual(out.getvalue(),
                         '1   breakpoint   del  yes   at /some/file.py:12\n')

    def test_quit(self):
        def plan(debugger, kind, frame):
            debugger.set_quit()
        r = Recorder(plan)
        self.assertEqual(r.runcall(main_func), None)
        self.assertEqual(len(r.events), 1)


class PdbTest(unittest.TestCase):

    def tearDown(self):
        bdb.Breakpoint.next = 1
        bdb.Breakpoint.bplist = {}
        bdb.Breakpoint.bpbynumber = [None]

    def run_pdb(self, commands, func, *args):
        out = StringIO.StringIO()
        debugger = pdb.Pdb(stdin=StringIO.StringIO(commands), stdout=out)
        debugger.rcLines = []
        result = debugger.runcall(func, *args)
        return result, out.getvalue()

    def test_step_print_continue(self):
        result, text = self.run_pdb('s\ns\np x\nc\n', main_func)
        self.assertEqual(result, 6)
        self.assert_('--Call--' in text)
        self.assert_('(%d)callee()' % (BASE + 1) in text, text)
        self.assert_('-> y = x * 2' in text)
        self.assert_('\n(Pdb) 1\n' in text)

    def test_break_where_list(self):
        commands = ('b callee\nc\nw\nl\na\nup\ndown\ndown\ncl 1\nc\n')
        result, text = self.run_pdb(commands, main_func)
        self.assertEqual(result, 6)
        self.assert_('Breakpoint 1 at %s:%d' % (THIS_FILE, BASE) in text)
        self.assert_('x = 1' in text)
        self.assert_('*** Newest frame' in text)
        self.assert_('Deleted breakpoint 1' in text)
        self.assert_('%d  ->\t    y = x * 2' % (BASE + 1) in text, text)

    def test_exec_and_errors(self):
        commands = 's\n!z = 5\np z\np undefined_name\nfoo bar\nq\n'
        result, text = self.run_pdb(commands, main_func)
        self.assert_('(Pdb) 5\n' in text)
        self.assert_("*** NameError:" in text)
        self.assert_("*** SyntaxError:" in text)

    def test_return(self):
        result, text = self.run_pdb('s\ns\nr\nc\n', main_func)
        self.assert_('--Return--' in text)
        self.assert_('callee()->2' in text)

    def test_post_mortem(self):
        def failing():
            secret = 7
            return 1 / 0
        try:
            failing()
        except ZeroDivisionError:
            tb = sys.exc_info()[2]
        out = StringIO.StringIO()
        debugger = pdb.Pdb(stdin=StringIO.StringIO('p secret\nq\n'),
                           stdout=out)
        debugger.rcLines = []
        debugger.reset()
        while tb.tb_next is not None:
            tb = tb.tb_next
        debugger.interaction(tb.tb_frame, tb)
        self.assert_('failing()' in out.getvalue())
        self.assert_('\n(Pdb) 7\n' in out.getvalue())

    def test_alias_and_help(self):
        commands = 'alias pz p z * 2\ns\n!z = 4\npz\nhelp next\nc\n'
        result, text = self.run_pdb(commands, main_func)
        self.assert_('(Pdb) 8\n' in text)
        self.assert_('n(ext)' in text)


def test_main():
    test_support.run_unittest(BdbTest, PdbTest)


if __name__ == '__main__':
    test_main()
