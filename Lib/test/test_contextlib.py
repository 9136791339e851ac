"""Tests for contextlib (2.5 Library Reference, section 26.5)."""

from __future__ import with_statement

import sys
import contextlib
from contextlib import contextmanager, nested, closing
import unittest
from test import test_support


class TestContextManager(unittest.TestCase):

    def test_plain(self):
        state = []
        @contextmanager
        def woohoo():
            state.append(1)
            yield 42
            state.append(999)
        with woohoo() as x:
            self.assertEqual(state, [1])
            self.assertEqual(x, 42)
            state.append(x)
        self.assertEqual(state, [1, 42, 999])

    def test_finally_on_exception(self):
        state = []
        @contextmanager
        def woohoo():
            state.append(1)
            try:
                yield 42
            finally:
                state.append(999)
        try:
            with woohoo() as x:
                state.append(x)
                raise ZeroDivisionError()
        except ZeroDivisionError:
            pass
        else:
            self.fail("ZeroDivisionError not propagated")
        self.assertEqual(state, [1, 42, 999])

    def test_exception_can_be_swallowed(self):
        state = []
        @contextmanager
        def swallow():
            try:
                yield
            except ZeroDivisionError, e:
                state.append(e.args[0])
        with swallow():
            raise ZeroDivisionError(999)
        self.assertEqual(state, [999])

    def test_exception_seen_by_generator(self):
        seen = []
        @contextmanager
        def watch():
            try:
                yield
            except Exception, e:
                seen.append(type(e))
                raise
        try:
            with watch():
                raise KeyError('k')
        except KeyError:
            pass
        self.assertEqual(seen, [KeyError])

    def test_generator_replaces_exception(self):
        @contextmanager
        def convert():
            try:
                yield
            except KeyError:
                raise ValueError('converted')
        try:
            with convert():
                raise KeyError('k')
        except ValueError, e:
            self.assertEqual(str(e), 'converted')
        else:
            self.fail("ValueError not raised")

    def test_no_yield(self):
        @contextmanager
        def noyield():
            if False:
                yield
        try:
            with noyield():
                pass
        except RuntimeError, e:
            self.assertEqual(str(e), "generator didn't yield")
        else:
            self.fail("RuntimeError not raised")

    def test_two_yields(self):
        @contextmanager
        def twice():
            yield 1
            yield 2
        try:
            with twice():
                pass
        except RuntimeError, e:
            self.assertEqual(str(e), "generator didn't stop")
        else:
            self.fail("RuntimeError not raised")

    def test_yield_after_throw(self):
        @contextmanager
        def stubborn():
            try:
                yield
            except:
                yield
        try:
            with stubborn():
                raise KeyError
        except RuntimeError, e:
            self.assertEqual(str(e), "generator didn't stop after throw()")
        else:
            self.fail("RuntimeError not raised")

    def test_attribs(self):
        def attribs(**kw):
            def decorate(func):
                for k, v in kw.items():
                    setattr(func, k, v)
                return func
            return decorate
        @contextmanager
        @attribs(foo='bar')
        def baz(spam):
            """Whee!"""
            yield spam
        self.assertEqual(baz.__name__, 'baz')
        self.assertEqual(baz.foo, 'bar')
        self.assertEqual(baz.__doc__, "Whee!")
        with baz(7) as v:
            self.assertEqual(v, 7)

    def test_manager_protocol(self):
        @contextmanager
        def gen():
            yield 'x'
        mgr = gen()
        self.assert_(hasattr(mgr, '__enter__'))
        self.assert_(hasattr(mgr, '__exit__'))
        self.assertEqual(mgr.__enter__(), 'x')
        self.assertEqual(mgr.__exit__(None, None, None), None)


class Tracker(object):
    def __init__(self, name, log, swallow=False):
        self.name = name
        self.log = log
        self.swallow = swallow

    def __enter__(self):
        self.log.append(('enter', self.name))
        return self.name

    def __exit__(self, t, v, tb):
        self.log.append(('exit', self.name, t))
        return self.swallow


class TestNested(unittest.TestCase):

    def test_order(self):
        log = []
        with nested(Tracker('a', log), Tracker('b', log)) as (x, y):
            self.assertEqual((x, y), ('a', 'b'))
            log.append('body')
        self.assertEqual(log, [('enter', 'a'), ('enter', 'b'), 'body',
                               ('exit', 'b', None), ('exit', 'a', None)])

    def test_exception_passes_through_all(self):
        log = []
        try:
            with nested(Tracker('a', log), Tracker('b', log)):
                raise KeyError
        except KeyError:
            pass
        else:
            self.fail("KeyError swallowed")
        self.assertEqual(log[-2:], [('exit', 'b', KeyError),
                                    ('exit', 'a', KeyError)])

    def test_inner_swallows(self):
        log = []
        with nested(Tracker('a', log), Tracker('b', log, swallow=True)):
            raise KeyError
        self.assertEqual(log[-2:], [('exit', 'b', KeyError),
                                    ('exit', 'a', None)])

    def test_nested_contextmanagers(self):
        @contextmanager
        def a():
            yield 1
        @contextmanager
        def b():
            yield 2
        with nested(a(), b()) as (x, y):
            self.assertEqual(x, 1)
            self.assertEqual(y, 2)

    def test_enter_failure_exits_entered(self):
        log = []
        class Bad(object):
            def __enter__(self):
                raise ValueError('enter failed')
            def __exit__(self, *a):
                log.append('bad exit')
        try:
            with nested(Tracker('a', log), Bad()):
                log.append('body')
        except ValueError:
            pass
        else:
            self.fail("ValueError not raised")
        self.assertEqual(log, [('enter', 'a'), ('exit', 'a', ValueError)])


class TestClosing(unittest.TestCase):

    def test_closes(self):
        class C(object):
            closed = 0
            def close(self):
                self.closed += 1
        c = C()
        with closing(c) as x:
            self.assert_(x is c)
            self.assertEqual(c.closed, 0)
        self.assertEqual(c.closed, 1)

    def test_closes_on_error(self):
        class C(object):
            closed = 0
            def close(self):
                self.closed += 1
        c = C()
        try:
            with closing(c):
                1 / 0
        except ZeroDivisionError:
            pass
        self.assertEqual(c.closed, 1)

    def test_all(self):
        self.assertEqual(sorted(contextlib.__all__),
                         ['closing', 'contextmanager', 'nested'])


def test_main():
    test_support.run_unittest(TestContextManager, TestNested, TestClosing)

if __name__ == '__main__':
    test_main()
