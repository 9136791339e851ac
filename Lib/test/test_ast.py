# Tests for the _ast module and compile(..., _ast.PyCF_ONLY_AST)
# (Python 2.5 behaviour: the tree can be produced but not compiled back).

import unittest
import _ast
from test import test_support

# One program with every statement and expression form of the 2.5 grammar.
EVERYTHING = '''\
from __future__ import with_statement
import os, sys as system
from os.path import join, split as sp
from . import sibling
from .. import cousin as c
def f(a, (b, c), d=1, *args, **kw):
    "doc"
    global g
    return a
@dec
@dec2(1)
def gen():
    yield
    x = yield 1
class C(Base, object):
    pass
class D:
    x = 1
del a, b[0], c.d
a = b = 1
a, [b, c] = t
a.b = c[1:2] = d[...] = e[1:2, 3] = f[::2] = g[1,]
a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a **= 1
a <<= 1; a >>= 1; a |= 1; a ^= 1; a &= 1; a //= 1
print
print 1, 2,
print >>f, 3
for i in x:
    break
else:
    continue
while 1:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
else:
    pass
with a as b:
    pass
with a:
    pass
raise
raise E
raise E, v, tb
try:
    pass
except E, e:
    pass
except (E1, E2):
    pass
except:
    pass
else:
    pass
try:
    pass
finally:
    pass
assert x
assert x, "msg"
exec code
exec code in g
exec code in g, l
a and b or c
not a
~a; +a; -a
a + b - c * d / e % f ** g << h >> i | j ^ k & l // m
lambda: 0
lambda x, y=1, *a, **k: x
a if b else c
{}
{1: 2, 3: 4}
[x for x in y if x if not x for z in x]
(x for x in y if x)
a < b <= c > d >= e == f != g is h is not i in j not in k
f()
f(1, x=2, *a, **k)
`a`
1; 1L; 1.5; 1j
'str'; u'uni'
a.b
a[1]
[1, 2]
(1, 2)
()
'''


def walk(node):
    """Every AST node reachable from node, node first."""
    todo = [node]
    while todo:
        n = todo.pop()
        yield n
        for name in n._fields:
            value = getattr(n, name)
            if isinstance(value, list):
                items = value
            else:
                items = [value]
            for item in reversed(items):
                if isinstance(item, _ast.AST):
                    todo.append(item)


def parse(source, mode='exec'):
    return compile(source, '<test>', mode, _ast.PyCF_ONLY_AST)


class ClassesTest(unittest.TestCase):

    def test_flag(self):
        self.assertEqual(_ast.PyCF_ONLY_AST, 0x400)

    def test_abstract_hierarchy(self):
        for name in ('mod', 'stmt', 'expr', 'expr_context', 'slice',
                     'boolop', 'operator', 'unaryop', 'cmpop',
                     'comprehension', 'excepthandler', 'arguments',
                     'keyword', 'alias'):
            cls = getattr(_ast, name)
            self.assert_(issubclass(cls, _ast.AST), name)
            self.assertEqual(cls.__bases__, (_ast.AST,))
        self.assertEqual(_ast.AST.__bases__, (object,))

    def test_concrete_bases(self):
        groups = {
            'mod': 'Module Interactive Expression Suite',
            'stmt': 'FunctionDef ClassDef Return Delete Assign AugAssign '
                    'Print For While If With Raise TryExcept TryFinally '
                    'Assert Import ImportFrom Exec Global Expr Pass Break '
                    'Continue',
            'expr': 'BoolOp BinOp UnaryOp Lambda IfExp Dict ListComp '
                    'GeneratorExp Yield Compare Call Repr Num Str Attribute '
                    'Subscript Name List Tuple',
            'expr_context': 'Load Store Del AugLoad AugStore Param',
            'slice': 'Ellipsis Slice ExtSlice Index',
            'boolop': 'And Or',
            'operator': 'Add Sub Mult Div Mod Pow LShift RShift BitOr '
                        'BitXor BitAnd FloorDiv',
            'unaryop': 'Invert Not UAdd USub',
            'cmpop': 'Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn',
        }
        for base, names in groups.items():
            for name in names.split():
                cls = getattr(_ast, name)
                self.assertEqual(cls.__bases__, (getattr(_ast, base),), name)
                self.assertEqual(cls.__module__, '_ast')

    def test_fields(self):
        expected = {
            'AST': (), 'mod': (), 'stmt': (), 'expr': (), 'Load': (),
            'Pass': (), 'Ellipsis': (), 'Add': (),
            'Module': ('body',),
            'Expression': ('body',),
            'FunctionDef': ('name', 'args', 'body', 'decorators'),
            'ClassDef': ('name', 'bases', 'body'),
            'Print': ('dest', 'values', 'nl'),
            'For': ('target', 'iter', 'body', 'orelse'),
            'With': ('context_expr', 'optional_vars', 'body'),
            'Raise': ('type', 'inst', 'tback'),
            'TryExcept': ('body', 'handlers', 'orelse'),
            'TryFinally': ('body', 'finalbody'),
            'ImportFrom': ('module', 'names', 'level'),
            'Exec': ('body', 'globals', 'locals'),
            'Global': ('names',),
            'Compare': ('left', 'ops', 'comparators'),
            'Call': ('func', 'args', 'keywords', 'starargs', 'kwargs'),
            'Num': ('n',), 'Str': ('s',),
            'Attribute': ('value', 'attr', 'ctx'),
            'Subscript': ('value', 'slice', 'ctx'),
            'Slice': ('lower', 'upper', 'step'),
            'ExtSlice': ('dims',),
            'comprehension': ('target', 'iter', 'ifs'),
            'excepthandler': ('type', 'name', 'body', 'lineno',
                              'col_offset'),
            'arguments': ('args', 'vararg', 'kwarg', 'defaults'),
            'keyword': ('arg', 'value'),
            'alias': ('name', 'asname'),
        }
        for name, fields in expected.items():
            self.assertEqual(getattr(_ast, name)._fields, fields, name)

    def test_attributes(self):
        self.assertEqual(_ast.stmt._attributes, ('lineno', 'col_offset'))
        self.assertEqual(_ast.expr._attributes, ('lineno', 'col_offset'))
        self.assertEqual(_ast.Name._attributes, ('lineno', 'col_offset'))

    def test_instances(self):
        # The classes are ordinary classes: instances start empty.
        n = _ast.Name()
        self.assertRaises(AttributeError, getattr, n, 'id')
        n.id = 'x'
        self.assertEqual(n.id, 'x')
        self.assert_(isinstance(n, _ast.expr))


class ConversionTest(unittest.TestCase):

    def test_modes(self):
        self.assert_(isinstance(parse('x'), _ast.Module))
        self.assert_(isinstance(parse('x', 'eval'), _ast.Expression))
        self.assert_(isinstance(parse('x\n', 'single'), _ast.Interactive))
        self.assert_(isinstance(parse('x', 'eval').body, _ast.Name))
        self.assertEqual(len(parse('x\n', 'single').body), 1)

    def test_every_node_kind(self):
        tree = parse(EVERYTHING)
        seen = set()
        for node in walk(tree):
            seen.add(type(node).__name__)
            self.assert_(isinstance(node, _ast.AST))
            for name in node._fields:
                self.assert_(hasattr(node, name),
                             '%s.%s' % (type(node).__name__, name))
            if isinstance(node, (_ast.stmt, _ast.expr)):
                self.assert_(isinstance(node.lineno, int))
                self.assert_(isinstance(node.col_offset, int))
        concrete = []
        for name in dir(_ast):
            cls = getattr(_ast, name)
            if isinstance(cls, type) and issubclass(cls, _ast.AST):
                if (cls.__subclasses__() == [] and
                    not issubclass(cls, _ast.mod)):
                    concrete.append(name)
        missing = [n for n in concrete if n not in seen]
        # AugLoad/AugStore are compiler-internal contexts.
        self.assertEqual(sorted(missing), ['AugLoad', 'AugStore'])

    def test_statement_positions(self):
        tree = parse(EVERYTHING)
        lines = EVERYTHING.splitlines()
        seen = {}
        for stmt in tree.body:
            self.assert_(isinstance(stmt, _ast.stmt))
            line = lines[stmt.lineno - 1]
            if isinstance(stmt, _ast.FunctionDef) and stmt.decorators:
                continue
            if stmt.lineno in seen:
                # a later simple statement on the same line
                self.assertEqual(line[stmt.col_offset - 2:stmt.col_offset],
                                 '; ')
            else:
                self.assertEqual(stmt.col_offset, 0)
            seen[stmt.lineno] = 1
            self.assertNotEqual(line.strip(), '')
        first = tree.body[0]
        self.assert_(isinstance(first, _ast.ImportFrom))
        self.assertEqual(first.lineno, 1)
        self.assertEqual(first.module, '__future__')

    def test_expression_positions(self):
        tree = parse('x = 1\nif x:\n    y = x  + zz\n')
        assign = tree.body[1].body[0]
        self.assertEqual((assign.lineno, assign.col_offset), (3, 4))
        target = assign.targets[0]
        self.assertEqual((target.lineno, target.col_offset), (3, 4))
        right = assign.value.right
        self.assertEqual((right.id, right.lineno, right.col_offset),
                         ('zz', 3, 13))
        self.assertEqual(assign.value.left.col_offset, 8)

    def test_values(self):
        tree = parse('a = 1; b = 2.5; c = "s"; d = u"u"; e = -3; f = 7L')
        values = [stmt.value.n if isinstance(stmt.value, _ast.Num)
                  else stmt.value.s for stmt in tree.body]
        self.assertEqual(values, [1, 2.5, 's', u'u', -3, 7L])
        self.assertEqual(type(values[3]), unicode)
        self.assertEqual(type(values[5]), long)
        names = [stmt.targets[0].id for stmt in tree.body]
        self.assertEqual(names, ['a', 'b', 'c', 'd', 'e', 'f'])
        self.assertEqual(type(names[0]), str)

    def test_contexts(self):
        tree = parse('a = b; del c; d.e += f[g]')
        self.assert_(isinstance(tree.body[0].targets[0].ctx, _ast.Store))
        self.assert_(isinstance(tree.body[0].value.ctx, _ast.Load))
        self.assert_(isinstance(tree.body[1].targets[0].ctx, _ast.Del))
        aug = tree.body[2]
        self.assert_(isinstance(aug.op, _ast.Add))
        self.assert_(isinstance(aug.target, _ast.Attribute))
        self.assertEqual(aug.target.attr, 'e')
        self.assert_(isinstance(aug.value.slice, _ast.Index))
        # Operators and contexts are shared instances, as in 2.5.
        self.assert_(tree.body[0].value.ctx is aug.value.ctx)

    def test_optional_fields(self):
        tree = parse('return\nraise\nprint x\nimport a\n'
                     'def f(x): pass\n'
                     'try:\n  pass\nexcept:\n  pass\n'
                     'f()[:]\n')
        ret, rai, pri, imp, fun, tex, sub = tree.body
        self.assertEqual(ret.value, None)
        self.assertEqual((rai.type, rai.inst, rai.tback), (None, None, None))
        self.assertEqual(pri.dest, None)
        self.assertEqual(pri.nl, True)
        self.assertEqual(imp.names[0].name, 'a')
        self.assertEqual(imp.names[0].asname, None)
        self.assertEqual(fun.args.vararg, None)
        self.assertEqual(fun.args.kwarg, None)
        self.assertEqual(fun.args.defaults, [])
        self.assertEqual(fun.decorators, [])
        self.assert_(isinstance(fun.args.args[0].ctx, _ast.Param))
        handler = tex.handlers[0]
        self.assert_(isinstance(handler, _ast.excepthandler))
        self.assertEqual((handler.type, handler.name), (None, None))
        self.assertEqual(handler.lineno, 8)
        self.assertEqual(tex.orelse, [])
        sl = sub.value.slice
        self.assert_(isinstance(sl, _ast.Slice))
        self.assertEqual((sl.lower, sl.upper, sl.step), (None, None, None))
        self.assertEqual(sub.value.value.args, [])
        self.assertEqual(sub.value.value.starargs, None)

    def test_imports(self):
        tree = parse('from .. import a as b, c\nfrom x.y import *\n')
        rel, star = tree.body
        self.assertEqual(rel.module, '')
        self.assertEqual(rel.level, 2)
        self.assertEqual([(a.name, a.asname) for a in rel.names],
                         [('a', 'b'), ('c', None)])
        self.assertEqual(star.module, 'x.y')
        self.assertEqual(star.level, 0)
        self.assertEqual(star.names[0].name, '*')

    def test_compare_and_boolop(self):
        e = parse('a < b is not c not in d', 'eval').body
        self.assert_(isinstance(e, _ast.Compare))
        self.assertEqual([type(op).__name__ for op in e.ops],
                         ['Lt', 'IsNot', 'NotIn'])
        self.assertEqual([c.id for c in e.comparators], ['b', 'c', 'd'])
        e = parse('a or b or c', 'eval').body
        self.assert_(isinstance(e.op, _ast.Or))
        self.assertEqual(len(e.values), 3)

    def test_call(self):
        e = parse('f(1, k=2, *a, **kw)', 'eval').body
        self.assertEqual(e.func.id, 'f')
        self.assertEqual(e.args[0].n, 1)
        self.assertEqual(e.keywords[0].arg, 'k')
        self.assertEqual(e.keywords[0].value.n, 2)
        self.assertEqual(e.starargs.id, 'a')
        self.assertEqual(e.kwargs.id, 'kw')

    def test_comprehension(self):
        e = parse('[x for x in y if x > 1 for z in x]', 'eval').body
        self.assert_(isinstance(e, _ast.ListComp))
        first, second = e.generators
        self.assertEqual(first.target.id, 'x')
        self.assert_(isinstance(first.target.ctx, _ast.Store))
        self.assertEqual(len(first.ifs), 1)
        self.assertEqual(second.ifs, [])

    def test_extslice_and_ellipsis(self):
        e = parse('a[1:2, ...]', 'eval').body
        self.assert_(isinstance(e.slice, _ast.ExtSlice))
        self.assert_(isinstance(e.slice.dims[0], _ast.Slice))
        self.assert_(isinstance(e.slice.dims[1], _ast.Ellipsis))

    def test_no_constant_folding(self):
        e = parse('1 + 2', 'eval').body
        self.assert_(isinstance(e, _ast.BinOp))
        self.assertEqual((e.left.n, e.right.n), (1, 2))

    def test_not_compilable_back(self):
        tree = parse('x = 1')
        self.assertRaises(TypeError, compile, tree, '<test>', 'exec')

    def test_syntax_error(self):
        self.assertRaises(SyntaxError, parse, 'x = = 1')
        self.assertRaises(SyntaxError, parse, 'def f(:')

    def test_bad_flags(self):
        self.assertRaises(ValueError, compile, 'x', '<test>', 'exec', 0x8000000)

    def test_deep_nesting(self):
        import sys
        old = sys.getrecursionlimit()
        source = '-' * 60 + 'x'
        sys.setrecursionlimit(40)
        try:
            self.assertRaises(RuntimeError, parse, source, 'eval')
        finally:
            sys.setrecursionlimit(old)
        e = parse(source, 'eval').body
        depth = 0
        while isinstance(e, _ast.UnaryOp):
            self.assert_(isinstance(e.op, _ast.USub))
            e = e.operand
            depth += 1
        self.assertEqual(depth, 60)

    def test_registry_survives_module_tampering(self):
        import sys
        saved = sys.modules['_ast']
        try:
            del sys.modules['_ast']
            tree = parse('x')
            self.assert_(isinstance(tree, sys.modules['_ast'].Module))
            sys.modules['_ast'] = 42
            tree = parse('x')
            self.assertEqual(type(tree).__name__, 'Module')
        finally:
            sys.modules['_ast'] = saved
        self.assert_(isinstance(parse('x'), _ast.Module))


def test_main():
    test_support.run_unittest(ClassesTest, ConversionTest)

if __name__ == '__main__':
    test_main()
