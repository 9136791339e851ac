"""Scoping rules of Python 2.5: nested functions, closures, class bodies,
global statements and the restrictions on exec / import *."""
import unittest
import warnings
from test import test_support


class ScopeTests(unittest.TestCase):

    def test_simple_closure(self):
        def make_adder(n):
            def add(x):
                return x + n
            return add
        self.assertEqual(make_adder(3)(4), 7)

    def test_closure_sees_later_binding(self):
        def outer():
            v = 1
            def get():
                return v
            v = 2
            return get
        self.assertEqual(outer()(), 2)
        f = outer()
        self.assertEqual(f.func_code.co_freevars, ('v',))
        self.assertEqual(outer.func_code.co_cellvars, ('v',))
        self.assertEqual(f.func_closure[0].cell_contents, 2)

    def test_deep_nesting(self):
        def f(x):
            def g(y):
                def h(z):
                    return x + y + z
                return h
            return g
        self.assertEqual(f(1)(2)(3), 6)

    def test_class_scope_is_skipped(self):
        x = 'function'
        class C:
            x = 'class'
            def m(self):
                return x
            y = x
        self.assertEqual(C().m(), 'function')
        self.assertEqual(C.y, 'class')

    def test_class_binds_name_also_free_in_method(self):
        def f():
            name = 'outer'
            class C:
                name = 'class attr'
                def get(self):
                    return name
            return C
        C = f()
        self.assertEqual(C.name, 'class attr')
        self.assertEqual(C().get(), 'outer')

    def test_global(self):
        def setter():
            global _scope_test_global
            _scope_test_global = 'set'
        setter()
        self.assertEqual(_scope_test_global, 'set')

    def test_global_in_nested(self):
        def outer():
            x = 'local'
            def inner():
                global x
                x = 'global'
                return x
            return inner(), x
        self.assertEqual(outer(), ('global', 'local'))
        self.assertEqual(globals()['x'], 'global')
        del globals()['x']

    def test_unbound_local(self):
        def f():
            print_me = y
            y = 1
        self.assertRaises(UnboundLocalError, f)
        def g():
            def h():
                return z
            h()
            z = 1
        self.assertRaises(NameError, g)

    def test_lambda_and_genexp_closures(self):
        def f(n):
            return [lambda x, i=i: x * i + n for i in range(3)]
        self.assertEqual([g(10) for g in f(1)], [1, 11, 21])
        def gen(n):
            return list(i * n for i in range(3))
        self.assertEqual(gen(2), [0, 2, 4])

    def test_listcomp_leaks(self):
        def f():
            [i for i in range(3)]
            return i
        self.assertEqual(f(), 2)

    def test_genexp_does_not_leak(self):
        def f():
            list(j for j in range(3))
            return 'j' in locals()
        self.failIf(f())

    def test_mangling(self):
        class A:
            __p = 1
            def get(self):
                return self.__p
        self.assertEqual(A().get(), 1)
        self.assertEqual(A._A__p, 1)
        self.failIf(hasattr(A, '__p'))

    def test_exec_restrictions(self):
        bad = [
            "def f():\n    exec 'x=1'\n    def g():\n        return x\n",
            "def f():\n    from string import *\n    def g():\n        return x\n",
            "def f():\n    x = 1\n    def g():\n        exec 'y = 2'\n        return x\n",
        ]
        warnings.simplefilter('ignore', SyntaxWarning)
        try:
            for src in bad:
                self.assertRaises(SyntaxError, compile, src, 's', 'exec')
        finally:
            warnings.resetwarnings()
        ok = ("def f():\n    x = 1\n    exec 'y = 2' in {}\n"
              "    def g():\n        return x\n    return g()\n")
        d = {}
        exec ok in d
        self.assertEqual(d['f'](), 1)

    def test_delete_free_variable(self):
        src = "def f():\n    x = 1\n    def g():\n        return x\n    del x\n"
        try:
            compile(src, 's', 'exec')
        except SyntaxError, e:
            self.assertEqual(e.msg, "can not delete variable 'x' referenced "
                             "in nested scope")
        else:
            self.fail('deleting a cell variable compiled')

    def test_local_and_global(self):
        try:
            compile("def f(x):\n    global x\n", 's', 'exec')
        except SyntaxError, e:
            self.assertEqual(e.msg, "name 'x' is local and global")
        else:
            self.fail('param declared global compiled')

    def test_default_args_evaluated_in_enclosing_scope(self):
        x = 'outer'
        def f(a=x):
            return a
        x = 'changed'
        self.assertEqual(f(), 'outer')


def test_main():
    test_support.run_unittest(ScopeTests)

if __name__ == '__main__':
    test_main()
