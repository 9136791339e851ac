"""SyntaxError detection and its details (message, line, offset, text)."""
import unittest
from test import test_support


class SyntaxErrorTests(unittest.TestCase):

    def error(self, src, mode='exec', exc=SyntaxError):
        try:
            compile(src, 'snippet', mode)
        except exc, e:
            return e
        self.fail('%r compiled' % (src,))

    def check(self, src, msg, mode='exec', exc=SyntaxError, lineno=None):
        e = self.error(src, mode, exc)
        self.assertEqual(type(e), exc)
        self.assertEqual(e.msg, msg)
        if lineno is not None:
            self.assertEqual(e.lineno, lineno)

    def test_grammar_errors(self):
        self.check('x = = 1', 'invalid syntax')
        self.check('class = 1', 'invalid syntax')
        self.check('def f(**k, *a): pass', 'invalid syntax')
        self.check('def f(*a, b): pass', 'invalid syntax')
        self.check('@dec\nclass C: pass\n', 'invalid syntax', lineno=2)
        self.check('try:\n    pass\n', 'invalid syntax', lineno=2)
        self.check('f(**k, *a)', 'invalid syntax', 'eval')
        self.check('[i for i in x if i if 1 else 0]', 'invalid syntax', 'eval')
        self.check('print >>f,\n', 'invalid syntax')
        self.check('from x import a,\n',
                   'trailing comma not allowed without surrounding parentheses')

    def test_location(self):
        e = self.error('x = ')
        self.assertEqual((e.msg, e.filename, e.lineno, e.offset, e.text),
                         ('unexpected EOF while parsing', 'snippet', 1, 4, 'x = '))
        e = self.error('a = 1\nb = (\n')
        self.assertEqual((e.msg, e.lineno), ('invalid syntax', 2))
        e = self.error('def f(x):\n    return x +\n')
        self.assertEqual((e.lineno, e.offset, e.text),
                         (2, 15, '    return x +\n'))

    def test_tokens(self):
        self.check('08', 'invalid token', 'eval')
        self.check('1e', 'invalid token', 'eval')
        self.check('1.2.3', 'unexpected EOF while parsing', 'eval')
        self.check("'abc\n", 'EOL while scanning single-quoted string')
        self.check("'''abc\n", 'EOF while scanning triple-quoted string')
        self.check('x = 1 \\ 2\n',
                   'unexpected character after line continuation character')
        self.check('a = 1\r\nb = 2\r\n', 'invalid syntax', lineno=1)

    def test_indentation(self):
        self.check('if 1:\nprint 1\n', 'expected an indented block',
                   exc=IndentationError, lineno=2)
        self.check('if 1:\n    a = 1\n  b = 2\n',
                   'unindent does not match any outer indentation level',
                   exc=IndentationError, lineno=3)
        self.check('  a = 1\n', 'unexpected indent', exc=IndentationError)
        self.check('a = 1\n    b = 2\n', 'unexpected indent',
                   exc=IndentationError, lineno=2)
        src = ''.join([' ' * i + 'if 1:\n' for i in range(110)]) + ' ' * 110 + 'pass\n'
        self.check(src, 'too many levels of indentation', exc=IndentationError)

    def test_targets(self):
        self.check('1 = x', "can't assign to literal")
        self.check('f() = 1', "can't assign to function call")
        self.check('x + 1 = 2', "can't assign to operator")
        self.check('lambda: 1 = 2', "can't assign to lambda")
        self.check('[x for x in y] = 1', "can't assign to list comprehension")
        self.check('(a, 1) = 2, 3', "can't assign to literal")
        self.check('() = 1', "can't assign to ()")
        self.check('None = 1', 'assignment to None')
        self.check('def None(): pass', 'assignment to None')
        self.check('x.None = 1', 'assignment to None')
        self.check('f(None=1)', 'assignment to None', 'eval')
        self.check('del f()', "can't delete function call")
        self.check('del 1', "can't delete literal")
        self.check('del x + y', "can't delete operator")
        self.check('f() += 1', 'illegal expression for augmented assignment')
        self.check('a, b += 1', 'illegal expression for augmented assignment')

    def test_arguments(self):
        self.check('def f(a=1, b): pass',
                   'non-default argument follows default argument')
        self.check('def f(a, a): pass',
                   "duplicate argument 'a' in function definition")
        self.check('def f(a, (b, a)): pass',
                   "duplicate argument 'a' in function definition")
        self.check('f(a=1, 2)', 'non-keyword arg after keyword arg', 'eval')
        self.check('f(x.y=1)', "keyword can't be an expression", 'eval')
        self.check('f(1 for x in y, 2)',
                   'Generator expression must be parenthesized if not sole argument',
                   'eval')
        compile('f(a=1, a=2)', 's', 'eval')     # a run-time error in 2.5
        compile('f(x for x in y)', 's', 'eval')

    def test_flow(self):
        self.check('return 1', "'return' outside function")
        self.check('class C:\n    return 1\n', "'return' outside function")
        self.check('break', "'break' outside loop")
        self.check('continue', "'continue' not properly in loop")
        self.check('for i in x:\n    try:\n        pass\n    finally:\n'
                   '        continue\n',
                   "'continue' not supported inside 'finally' clause")
        self.check('def g():\n    yield 1\n    return 2\n',
                   "'return' with argument inside generator", lineno=3)
        self.check('def g():\n    return 2\n    yield 1\n',
                   "'return' with argument inside generator", lineno=3)
        self.check('yield 1', "'yield' outside function")
        self.check('try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n',
                   "default 'except:' must be last")
        compile('def g():\n    yield 1\n    return\n', 's', 'exec')

    def test_error_str(self):
        e = self.error('def f():\n    exec "x"\n    def g():\n        return x\n')
        self.assertEqual(str(e), "unqualified exec is not allowed in function "
                         "'f' it contains a nested function with free "
                         "variables (snippet, line 2)")

    def test_deep_nesting(self):
        for src in ['(' * 1000 + ')' * 1000, '-' * 10000 + '1',
                    '1' + '+1' * 100000]:
            try:
                compile(src, 's', 'eval')
            except (MemoryError, RuntimeError, SyntaxError):
                pass
            else:
                self.fail('deep nesting accepted')

    def test_no_huge_folding(self):
        # compiling must not compute big constant results
        compile("x = 'x' * 10 ** 9", 's', 'exec')
        compile("x = 2 ** 10000000", 's', 'exec')


def test_main():
    test_support.run_unittest(SyntaxErrorTests)

if __name__ == '__main__':
    test_main()
