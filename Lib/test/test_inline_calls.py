# Calls of plain Python functions run their frames inside the caller's
# eval loop (Python/ceval.c inline_frame); what Python code can see of
# frames, tracebacks, tracing and the recursion limit stays as with a C
# call per Python call.
import sys
import unittest
from test import test_support


def add_one(x):
    y = x + 1
    return y


def scaled(v, w=10):
    return v * w


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def caller_line():
    return sys._getframe(1).f_lineno


class InlineCallTest(unittest.TestCase):

    def test_results_and_stack_around_the_call(self):
        # values already on the caller's stack survive the call
        self.assertEqual([1, add_one(1), 3, scaled(2), scaled(2, 3)],
                         [1, 2, 3, 20, 6])
        self.assertEqual(add_one(add_one(add_one(0))), 3)

        class K(object):
            def m(self, a, b=5):
                return (self.tag, a, b)
        k = K()
        k.tag = 't'
        self.assertEqual((k.m(1), k.m(1, 2)), (('t', 1, 5), ('t', 1, 2)))

        class Old:
            def m(self, a):
                return a * 2
        self.assertEqual(Old().m(21), 42)

    def test_wrong_arguments_still_raise(self):
        self.assertRaises(TypeError, lambda: add_one())
        self.assertRaises(TypeError, lambda: add_one(1, 2))
        self.assertRaises(TypeError, lambda: scaled(1, 2, 3))

    def test_frames_seen_from_the_callee(self):
        line = sys._getframe().f_lineno + 1
        self.assertEqual(caller_line(), line)

        def chain(n):
            if n == 0:
                f = sys._getframe()
                names = []
                while f is not None and len(names) < 5:
                    names.append(f.f_code.co_name)
                    f = f.f_back
                return names
            return chain(n - 1)
        self.assertEqual(chain(3)[:5],
                         ['chain', 'chain', 'chain', 'chain',
                          'test_frames_seen_from_the_callee'])

    def test_frame_kept_after_return(self):
        def keep(a):
            b = a * 2
            return sys._getframe()
        f = keep(4)
        self.assertEqual((f.f_locals['a'], f.f_locals['b']), (4, 8))
        self.assertEqual(f.f_code.co_name, 'keep')

    def test_traceback_lines(self):
        def boom(n):
            if n == 0:
                raise ValueError('x')
            return 1 + boom(n - 1)
        try:
            boom(2)
        except ValueError:
            tb = sys.exc_info()[2]
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name,
                          tb.tb_lineno - boom.func_code.co_firstlineno))
            tb = tb.tb_next
        self.assertEqual(names[1:], [('boom', 3), ('boom', 3), ('boom', 2)])

    def test_exception_caught_in_caller(self):
        def fails():
            return {}['missing']

        def catches():
            try:
                fails()
            except KeyError:
                return 'caught'
            return 'not'
        self.assertEqual(catches(), 'caught')
        self.assertEqual(sys.exc_info()[0], None)

    def test_recursion_limit(self):
        old = sys.getrecursionlimit()
        try:
            sys.setrecursionlimit(200)
            self.assertRaises(RuntimeError, down, 300)
            self.assertEqual(down(150), 150)
            sys.setrecursionlimit(20000)
            self.assertEqual(down(15000), 15000)
        finally:
            sys.setrecursionlimit(old)
        try:
            down(10 ** 6)
        except RuntimeError, e:
            self.assertEqual(str(e), 'maximum recursion depth exceeded')
        else:
            self.fail('no RuntimeError')

    def test_tracing_turned_on_inside_a_callee(self):
        events = []

        def tracer(frame, event, arg):
            events.append((frame.f_code.co_name, event,
                           frame.f_lineno - frame.f_code.co_firstlineno))
            return tracer

        def start():
            sys.settrace(tracer)
            return 5

        def outer():
            r = start()
            return scaled(add_one(r))
        try:
            result = outer()
        finally:
            sys.settrace(None)
        self.assertEqual(result, 60)
        # frames already running when tracing started have no local
        # trace function: only the later calls are seen
        self.assertEqual(events, [
            ('add_one', 'call', 0), ('add_one', 'line', 1),
            ('add_one', 'line', 2), ('add_one', 'return', 2),
            ('scaled', 'call', 0), ('scaled', 'line', 1),
            ('scaled', 'return', 1)])

    def test_profiling_turned_on_inside_a_callee(self):
        seen = []

        def profiler(frame, event, arg):
            seen.append((frame.f_code.co_name, event))

        def start():
            sys.setprofile(profiler)

        def outer():
            start()
            add_one(1)
            return scaled(2)
        outer()
        sys.setprofile(None)
        self.assertEqual(seen[:6], [('start', 'return'), ('add_one', 'call'),
                                    ('add_one', 'return'), ('scaled', 'call'),
                                    ('scaled', 'return'), ('outer', 'return')])

    def test_function_deleted_while_it_runs(self):
        ns = {}
        exec "def gone():\n    del globals()['gone']\n    return 7\n" in ns
        self.assertEqual(ns['gone'](), 7)
        self.failIf('gone' in ns)

    def test_generators_calling_functions(self):
        def gen(n):
            for i in range(n):
                yield add_one(i)
        self.assertEqual(list(gen(3)), [1, 2, 3])

    def test_del_during_frame_release(self):
        log = []

        class D(object):
            def __del__(self):
                log.append(sys._getframe(1).f_code.co_name)

        def holder():
            d = D()
            return 1
        self.assertEqual(holder(), 1)
        self.assertEqual(len(log), 1)


class InstantiationTest(unittest.TestCase):
    # calling a class from the eval loop (Objects/typeobject.c
    # _PyType_CallArgs, Objects/classobject.c _PyInstance_NewArgs)

    def test_plain_init(self):
        class P(object):
            def __init__(self, a, b=2):
                self.a = a
                self.b = b
        self.assertEqual((P(1).b, P(1, 3).b, P(b=5, a=1).b), (2, 3, 5))
        self.assertEqual(type(P(1)), P)
        try:
            P()
        except TypeError, e:
            self.assertEqual(str(e),
                             '__init__() takes at least 2 arguments (1 given)')
        else:
            self.fail('no TypeError')

    def test_init_result_and_errors(self):
        class Bad(object):
            def __init__(self):
                return 3
        try:
            Bad()
        except TypeError, e:
            self.assertEqual(str(e), "__init__() should return None, not 'int'")
        else:
            self.fail('no TypeError')

        class Dies(object):
            def __init__(self):
                raise KeyError('k')
        self.assertRaises(KeyError, Dies)

        class NoInit(object):
            pass
        try:
            NoInit(1)
        except TypeError, e:
            self.assertEqual(str(e), 'default __new__ takes no parameters')
        else:
            self.fail('no TypeError')

        class NotAFunction(object):
            __init__ = len
        self.assertRaises(TypeError, NotAFunction)

    def test_other_constructors(self):
        class Meta(type):
            def __call__(cls, *args):
                return ('meta', args)

        class M(object):
            __metaclass__ = Meta
        self.assertEqual(M(1, 2), ('meta', (1, 2)))

        class OwnNew(object):
            def __new__(cls, x):
                return 42

            def __init__(self, x):
                raise AssertionError('not called')
        self.assertEqual(OwnNew(1), 42)

        class L(list):
            def __init__(self, n):
                list.__init__(self, range(n))
        self.assertEqual(L(3), [0, 1, 2])
        self.assertEqual((type(3), type('x')(5), int('7'), str(), list((1, 2))),
                         (int, '5', 7, '', [1, 2]))

    def test_init_replaced_while_allocating(self):
        class C(object):
            def __init__(self, v):
                C.__init__ = lambda self, v: setattr(self, 'v', -v)
                self.v = v
        self.assertEqual(C(3).v, 3)
        self.assertEqual(C(3).v, -3)


class InitAndUnboundTest(unittest.TestCase):
    # __init__ frames and unbound-method calls run in the caller's loop

    def test_nested_instantiation_deeper_than_64(self):
        class Node(object):
            def __init__(self, n):
                self.child = n and Node(n - 1)
                self.n = n

        class OldNode:
            def __init__(self, n):
                self.child = n and OldNode(n - 1)
                self.n = n
        for cls in (Node, OldNode):
            top = cls(150)
            depth = 0
            while top:
                self.assertEqual(top.n, 150 - depth)
                top = top.child
                depth += 1
            self.assertEqual(depth, 151)

    def test_init_results_at_depth(self):
        class Bad(object):
            def __init__(self, v):
                return v

        class OldBad:
            def __init__(self, v):
                return v

        def make(cls, depth, v):
            if depth:
                return make(cls, depth - 1, v)
            return cls(v)
        for depth in (0, 1, 70):
            self.assertEqual(type(make(Bad, depth, None)), Bad)
            try:
                make(Bad, depth, 3)
            except TypeError, e:
                self.assertEqual(str(e),
                                 "__init__() should return None, not 'int'")
            else:
                self.fail('no TypeError')
            try:
                make(OldBad, depth, 3)
            except TypeError, e:
                self.assertEqual(str(e), '__init__() should return None')
            else:
                self.fail('no TypeError')

    def test_failed_init_frees_the_instance(self):
        import weakref
        refs = []

        class Fails(object):
            def __init__(self):
                refs.append(weakref.ref(self))
                raise ValueError('no')
        self.assertRaises(ValueError, Fails)
        self.assertEqual(refs[0](), None)

    def test_generator_init(self):
        class G(object):
            def __init__(self):
                yield 1
        try:
            G()
        except TypeError, e:
            self.assertEqual(str(e),
                             "__init__() should return None, not 'generator'")
        else:
            self.fail('no TypeError')

    def test_unbound_methods(self):
        class Base(object):
            def __init__(self, v):
                self.v = v

            def get(self, extra=0):
                return self.v + extra

        class Sub(Base):
            def __init__(self, v):
                Base.__init__(self, v * 2)

        class OldBase:
            def get(self):
                return 'old'

        class OldSub(OldBase):
            pass
        s = Sub(5)
        self.assertEqual((s.v, Base.get(s), Base.get(s, 1)), (10, 10, 11))
        self.assertEqual(OldBase.get(OldSub()), 'old')
        try:
            Base.get(3)
        except TypeError, e:
            self.assertEqual(str(e), 'unbound method get() must be called with '
                             'Base instance as first argument (got int '
                             'instance instead)')
        else:
            self.fail('no TypeError')
        try:
            OldBase.get()
        except TypeError, e:
            self.assertEqual(str(e), 'unbound method get() must be called with '
                             'OldBase instance as first argument (got nothing '
                             'instead)')
        else:
            self.fail('no TypeError')
        self.assertRaises(TypeError, OldBase.get, Base(1))


class MethodCallTest(unittest.TestCase):
    # obj.m(simple args) with nothing else between the lookup and the call
    # runs without a bound method (ceval.c method_call_follows)

    def test_shapes(self):
        K = 7

        class N(object):
            def __init__(self, v):
                self.v = v

            def get(self):
                return self.v

            def add(self, a, b=1):
                return self.v + a + b

            def me(self):
                return self

            def gen(self, n):
                for i in range(n):
                    yield self.add(i, K)

        class O:
            def get(self):
                return 'old'

            def add(self, a, b=1):
                return a + b
        n = N(2)
        x = 5
        self.assertEqual((n.get(), n.add(x), n.add(x, K), n.add(1, 2)),
                         (2, 8, 14, 5))
        self.assertEqual(n.me().me().get(), 2)
        self.assertEqual(list(n.gen(2)), [9, 10])
        o = O()
        self.assertEqual((o.get(), o.add(x), o.add(x, K)), ('old', 6, 12))
        n.get = lambda: 'shadowed'
        self.assertEqual(n.get(), 'shadowed')
        o.get = lambda: 'shadowed too'
        self.assertEqual(o.get(), 'shadowed too')

    def test_errors_between_lookup_and_call(self):
        import weakref

        class C(object):
            def m(self, a):
                return a
        c = C()
        r = weakref.ref(c)
        try:
            c.m(undefined_global_name_for_this_test)
        except NameError:
            pass
        else:
            self.fail('no NameError')
        try:
            c.m()
        except TypeError, e:
            self.assertEqual(str(e), 'm() takes exactly 2 arguments (1 given)')
        else:
            self.fail('no TypeError')
        try:
            c.m(1, 2, 3)
        except TypeError, e:
            self.assertEqual(str(e), 'm() takes exactly 2 arguments (4 given)')
        else:
            self.fail('no TypeError')

        def unbound_local(obj):
            obj.m(later)
            later = 1
        self.assertRaises(UnboundLocalError, unbound_local, c)
        del c
        self.assertEqual(r(), None)

    def test_c_methods_and_slots_classes(self):
        l = []
        for i in range(3):
            l.append(i)
        self.assertEqual(l, [0, 1, 2])
        self.assertEqual((l.pop(), l.pop(0), l.count(1), l.index(1)),
                         (2, 0, 1, 0))
        self.assertEqual(l, [1])
        l.sort(reverse=True)
        d = {}
        d.setdefault('k', []).append(3)
        self.assertEqual((d, ' x '.strip(), 'a,b'.split(','), 'ab'.upper()),
                         ({'k': [3]}, 'x', ['a', 'b'], 'AB'))
        self.assertEqual(((1).__add__(2), (1).__add__(1.5)),
                         (3, NotImplemented))

        class Borrowed(object):
            app = list.append
        try:
            Borrowed().app(1)
        except TypeError, e:
            self.assertEqual(str(e), "descriptor 'append' for 'list' objects "
                             "doesn't apply to 'Borrowed' object")
        else:
            self.fail('no TypeError')
        try:
            l.append()
        except TypeError, e:
            self.assertEqual(str(e), 'append() takes exactly one argument '
                             '(0 given)')
        else:
            self.fail('no TypeError')

        class Sub(list):
            def append(self, x):
                list.append(self, x * 2)
        s = Sub()
        s.append(2)
        self.assertEqual(s, [4])

        class Slotted(object):
            __slots__ = ('v',)

            def get(self, extra=0):
                return self.v + extra
        o = Slotted()
        o.v = 5
        self.assertEqual((o.get(), o.get(1)), (5, 6))
        m = o.get
        self.assertEqual((m.im_self is o, m()), (True, 5))

    def test_methods_with_cells_and_star_args(self):
        class C(object):
            def star(self, *args):
                return args

            def closure(self, a):
                def inner():
                    return a
                return inner()
        c = C()
        self.assertEqual((c.star(1, 2), c.closure(3)), ((1, 2), 3))

    def test_recursion_through_methods(self):
        class R(object):
            def down(self, n):
                if n == 0:
                    return 0
                return self.down(n - 1) + 1
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(500)
        try:
            self.assertEqual(R().down(400), 400)
            self.assertRaises(RuntimeError, R().down, 1000)
        finally:
            sys.setrecursionlimit(old)


def test_main():
    test_support.run_unittest(InlineCallTest, InstantiationTest,
                              InitAndUnboundTest, MethodCallTest)


if __name__ == '__main__':
    test_main()
