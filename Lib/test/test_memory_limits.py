"""Per-interpreter memory accounting and limits (the allocator charges
every block to the interpreter that owns it).

Each sandbox here is limited; growth of many kinds must end in
MemoryError inside the sandbox with its usage at or under the limit, the
host must carry on, and the account must come back down when objects are
freed and to nothing when the sandbox is torn down."""

import unittest
from test import test_support

import interpreter
from interpreter import Interpreter, MemoryLimitError, SandboxError

LIMIT = 16 << 20

GROWTH = {
    'list': "x = []\nwhile 1: x.append(len(x))\n",
    'dict': "d = {}\ni = 0\nwhile 1:\n    d[i] = i\n    i += 1\n",
    'string_concat': "s = 'x'\nwhile 1: s = s + s\n",
    'string_repeat': "s = 'x' * (1 << 40)\n",
    'list_repeat': "l = [None] * (1 << 40)\n",
    'range': "r = range(1 << 28)\n",
    'long_power': "n = 7 ** (1 << 40)\n",
    'long_shift': "n = 1 << (1 << 40)\n",
    'join': "s = ''.join(['x' * 1000] * (1 << 30))\n",
    'tuples': "t = ()\nwhile 1: t = (t, t, len(str(t)))\n",
    'instances': ("class C(object):\n    pass\nkeep = []\n"
                  "while 1:\n    c = C()\n    c.payload = range(50)\n    keep.append(c)\n"),
    'classic_instances': ("class C:\n    pass\nkeep = []\n"
                          "while 1:\n    c = C()\n    c.payload = range(50)\n    keep.append(c)\n"),
    'generators': ("def g(n):\n    yield n\nkeep = []\n"
                   "while 1:\n    gen = g(1)\n    gen.next()\n    keep.append(gen)\n"),
    'tracebacks': ("keep = []\ndef f(n):\n    if n: return f(n - 1)\n    raise ValueError('x' * 100)\n"
                   "while 1:\n    try:\n        f(20)\n    except ValueError, e:\n"
                   "        import sys\n        keep.append(sys.exc_info())\n"),
    'format_width': "s = '%*d' % (1 << 40, 1)\n",
}


class Growth(unittest.TestCase):
    pass


def make_growth_test(name, source):
    def test(self):
        sb = Interpreter(memory_limit=LIMIT)
        try:
            try:
                sb.execute(source)
            except MemoryLimitError:
                pass
            else:
                self.fail("%s: no MemoryLimitError" % name)
            self.failUnless(sb.memory_peak <= LIMIT,
                            "%s: peak %d over the limit" % (name, sb.memory_peak))
        finally:
            sb.close()
        # The host goes on and can make the next sandbox.
        sb = Interpreter(memory_limit=LIMIT)
        try:
            sb.execute("y = 1")
            self.assertEqual(sb.get('y'), 1)
        finally:
            sb.close()
    test.__name__ = 'test_' + name
    return test

for _name, _src in GROWTH.items():
    setattr(Growth, 'test_' + _name, make_growth_test(_name, _src))


class Accounting(unittest.TestCase):

    def test_caught_memory_error_goes_on(self):
        sb = Interpreter(memory_limit=LIMIT)
        try:
            sb.execute("try:\n    s = 'x' * (100 << 20)\nexcept MemoryError:\n    ok = True\n")
            self.assertEqual(sb.get('ok'), True)
        finally:
            sb.close()

    def test_memory_error_caught_with_nothing_freed(self):
        # The handler runs while everything that filled the sandbox is
        # still alive: it must still get a MemoryError instance (the one
        # made with the sandbox, if no other can be made), never a NULL,
        # and the limit holds throughout.
        shapes = {
            'tuple_chain': "x = None\nwhile 1:\n    x = (x, 1)\n",
            'list_append': "x = []\nwhile 1:\n    x.append([])\n",
            'dict_fill': "x = {}\ni = 0\nwhile 1:\n    x[i] = (i,)\n    i += 1\n",
        }
        for name, body in shapes.items():
            sb = Interpreter(memory_limit=256 << 10)
            try:
                code = ("try:\n" +
                        "".join(["    " + line + "\n" for line in body.splitlines()]) +
                        "except MemoryError, e:\n"
                        "    x = None\n"
                        "    kind = type(e).__name__\n"
                        "    is_instance = isinstance(e, MemoryError)\n")
                sb.execute(code)
                self.assertEqual(sb.get('kind'), 'MemoryError', name)
                self.assertEqual(sb.get('is_instance'), True, name)
                self.failUnless(sb.memory_used <= 256 << 10, name)
                # and again, many times: the reserve does not add up
                sb.execute("n = 0\n"
                           "for k in range(50):\n"
                           "    try:\n"
                           "        y = None\n"
                           "        while 1:\n"
                           "            y = (y, k)\n"
                           "    except MemoryError:\n"
                           "        n += 1\n"
                           "        y = None\n")
                self.assertEqual(sb.get('n'), 50, name)
                self.failUnless(sb.memory_peak <= 256 << 10, name)
            finally:
                sb.close()

    def test_usage_returns_after_free(self):
        sb = Interpreter()
        try:
            base = sb.memory_used
            sb.execute("data = [str(i) for i in xrange(100000)]")
            grown = sb.memory_used
            self.failUnless(grown > base + 1000000, (base, grown))
            sb.execute("del data")
            self.failUnless(sb.memory_used < base + 200000, (base, sb.memory_used))
        finally:
            sb.close()

    def test_sandbox_reads_its_own_account(self):
        sb = Interpreter(memory_limit=LIMIT)
        try:
            sb.execute("import sys\n"
                       "before = sys.info.memory_used\n"
                       "s = 'x' * (1 << 20)\n"
                       "grew = sys.info.memory_used - before\n"
                       "peak_ok = sys.info.memory_peak >= sys.info.memory_used\n"
                       "limit = sys.info.memory_limit\n")
            self.failUnless(sb.get('grew') >= 1 << 20)
            self.assertEqual(sb.get('peak_ok'), True)
            self.assertEqual(sb.get('limit'), LIMIT)
            # The creator sees the same account from outside.
            self.failUnless(abs(sb.eval("sys.info.memory_used") - sb.memory_used) < 65536)
        finally:
            sb.close()

    def test_host_unaffected(self):
        sb = Interpreter(memory_limit=LIMIT)
        try:
            self.assertRaises(MemoryLimitError, sb.execute, "x = [0] * (1 << 30)")
        finally:
            sb.close()
        # The host allocates freely.
        big = 'y' * (32 << 20)
        self.assertEqual(len(big), 32 << 20)

    def test_create_destroy_cycles(self):
        for i in range(2000):
            sb = Interpreter(memory_limit=LIMIT)
            sb.execute("x = range(100)")
            sb.close()


class NothingLeftBehind(unittest.TestCase):

    def test_static_type_readied_in_a_sandbox(self):
        # A C module first imported inside a sandbox readies its static
        # types there: their dicts (process state) must not keep names the
        # sandbox interned first, or its account outlives it.  A fresh
        # process, so that zlib's types are not ready yet.
        import os, sys
        out = test_support.TESTFN + '_acc'
        prog = ("import interpreter\n"
                "before = interpreter._live_accounts()\n"
                "sb = interpreter.Interpreter()\n"
                "sb.execute('import zlib\\nc = zlib.compressobj()\\n"
                "c.compress(\\'x\\')\\nc.flush()\\nd = zlib.decompressobj()\\n"
                "d.decompress(zlib.compress(\\'y\\'))\\n')\n"
                "sb.close()\n"
                "print before, interpreter._live_accounts()\n")
        status = os.system("'%s' -S -E -c \"%s\" > '%s' 2>&1"
                           % (sys.executable, prog.replace('"', '\\"'), out))
        try:
            text = open(out).read()
        finally:
            test_support.unlink(out)
        self.assertEqual(status, 0, text)
        before, after = [int(x) for x in text.split()]
        self.assertEqual(after, before, text)

    def run_fresh(self, prog):
        # A fresh process: the names must not be interned by anything
        # the test runner did before.
        import os, sys
        out = test_support.TESTFN + '_acc'
        status = os.system("'%s' -S -E -c \"%s\" > '%s' 2>&1"
                           % (sys.executable, prog.replace('"', '\\"'), out))
        try:
            text = open(out).read()
        finally:
            test_support.unlink(out)
        self.assertEqual(status, 0, text)
        return text

    def test_host_reuses_a_name_a_sandbox_interned(self):
        # The host interning a string a sandbox interned first must not
        # get (and keep) the sandbox's string: the sandbox's account would
        # outlive it.  (repr() of a list interns 'Py_Repr' for the
        # thread-state dict.)
        text = self.run_fresh(
            "import interpreter\n"
            "before = interpreter._live_accounts()\n"
            "sb = interpreter.Interpreter()\n"
            "sb.execute('x = repr([1])')\n"
            "repr([])\n"
            "sb2 = interpreter.Interpreter()\n"
            "sb2.execute('def only_here_zz(): return 5\\ny = only_here_zz()')\n"
            "sb3 = interpreter.Interpreter()\n"
            "sb3.execute('def only_here_zz(): return 6\\ny = only_here_zz()')\n"
            "assert sb3.get('y') == 6\n"
            "sb.close(); sb2.close(); sb3.close()\n"
            "print before, interpreter._live_accounts()\n")
        before, after = [int(x) for x in text.split()]
        self.assertEqual(after, before, text)


def test_main():
    test_support.run_unittest(Growth, Accounting, NothingLeftBehind)


if __name__ == '__main__':
    test_main()
