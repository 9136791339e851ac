import unittest
import os
import sys
import imp
import marshal
import tempfile
import shutil
import StringIO
from test import test_support

import py_compile
import compileall


class PyCompileTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.source = os.path.join(self.dir, 'pc_mod.py')
        f = open(self.source, 'w')
        f.write("x = 6 * 7\n")
        f.close()

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_compile_writes_pyc(self):
        py_compile.compile(self.source)
        cfile = self.source + (__debug__ and 'c' or 'o')
        data = open(cfile, 'rb').read()
        self.assertEqual(data[:4], imp.get_magic())
        stamp = 0
        for i in (7, 6, 5, 4):
            stamp = (stamp << 8) | ord(data[i])
        self.assertEqual(stamp, long(os.stat(self.source).st_mtime))
        code = marshal.loads(data[8:])
        ns = {}
        exec code in ns
        self.assertEqual(ns['x'], 42)
        self.assertEqual(code.co_filename, self.source)

    def test_cfile_and_dfile(self):
        target = os.path.join(self.dir, 'other.pyc')
        py_compile.compile(self.source, target, 'shown.py')
        code = marshal.loads(open(target, 'rb').read()[8:])
        self.assertEqual(code.co_filename, 'shown.py')

    def test_syntax_error(self):
        bad = os.path.join(self.dir, 'bad.py')
        f = open(bad, 'w')
        f.write("def (:\n")
        f.close()
        try:
            py_compile.compile(bad, doraise=True)
        except py_compile.PyCompileError, err:
            self.assertEqual(err.exc_type_name, 'SyntaxError')
            self.assert_('SyntaxError' in err.msg)
            self.assertEqual(err.file, bad)
        else:
            self.fail("no PyCompileError")
        saved = sys.stderr
        sys.stderr = StringIO.StringIO()
        try:
            py_compile.compile(bad)
            text = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        self.assert_('SyntaxError' in text)
        self.failIf(os.path.exists(bad + 'c'))


class CompileallTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp()
        os.mkdir(os.path.join(self.dir, 'sub'))
        for name in ('a.py', os.path.join('sub', 'b.py')):
            f = open(os.path.join(self.dir, name), 'w')
            f.write("y = 1\n")
            f.close()

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_compile_dir(self):
        ok = compileall.compile_dir(self.dir, quiet=1)
        self.assert_(ok)
        suffix = __debug__ and 'c' or 'o'
        self.assert_(os.path.exists(os.path.join(self.dir, 'a.py' + suffix)))
        self.assert_(os.path.exists(os.path.join(self.dir, 'sub',
                                                 'b.py' + suffix)))

    def test_maxlevels_and_failure(self):
        f = open(os.path.join(self.dir, 'sub', 'c.py'), 'w')
        f.write("if:\n")
        f.close()
        saved = sys.stdout
        sys.stdout = StringIO.StringIO()
        try:
            self.assert_(compileall.compile_dir(self.dir, 0, quiet=1))
            self.failIf(compileall.compile_dir(self.dir, quiet=1))
        finally:
            sys.stdout = saved
        suffix = __debug__ and 'c' or 'o'
        self.failIf(os.path.exists(os.path.join(self.dir, 'sub',
                                                'c.py' + suffix)))


def test_main():
    test_support.run_unittest(PyCompileTest, CompileallTest)


if __name__ == '__main__':
    test_main()
