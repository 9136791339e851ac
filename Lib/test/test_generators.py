# Tests for generators: next/send/throw/close, finalisation, gi_* (2.5).
import sys
import unittest
from test import test_support


class GeneratorTest(unittest.TestCase):

    def test_basic(self):
        def g():
            yield 1
            yield 2
        self.assertEqual(list(g()), [1, 2])
        it = g()
        self.assertEqual(it.next(), 1)
        self.assertEqual(it.next(), 2)
        self.assertRaises(StopIteration, it.next)
        self.assertRaises(StopIteration, it.next)

    def test_return_stops(self):
        def g():
            yield 1
            return
            yield 2
        self.assertEqual(list(g()), [1])

    def test_send(self):
        def acc():
            total = 0
            while True:
                v = yield total
                total += v
        a = acc()
        self.assertEqual(a.next(), 0)
        self.assertEqual(a.send(5), 5)
        self.assertEqual(a.send(2), 7)

    def test_send_to_unstarted(self):
        def g():
            yield 1
        it = g()
        self.assertRaises(TypeError, it.send, 1)
        self.assertEqual(it.send(None), 1)

    def test_throw(self):
        def g():
            try:
                yield 1
            except ValueError, e:
                yield 'caught %s' % e
        it = g()
        it.next()
        self.assertEqual(it.throw(ValueError, 'x'), 'caught x')
        it = g()
        it.next()
        self.assertRaises(KeyError, it.throw, KeyError)
        self.assertRaises(StopIteration, it.next)

    def test_throw_bad(self):
        def g():
            yield 1
        it = g()
        try:
            it.throw(5)
        except TypeError, e:
            self.assertEqual(str(e),
                'exceptions must be classes, or instances, not int')
        self.assertRaises(TypeError, it.throw, ValueError, None, 5)

    def test_close(self):
        log = []
        def g():
            try:
                yield 1
            finally:
                log.append('closed')
        it = g()
        it.next()
        self.assertEqual(it.close(), None)
        self.assertEqual(log, ['closed'])
        self.assertEqual(it.gi_frame, None)
        it.close()

    def test_close_ignored(self):
        def g():
            while True:
                try:
                    yield 1
                except GeneratorExit:
                    pass
        it = g()
        it.next()
        try:
            it.close()
        except RuntimeError, e:
            self.assertEqual(str(e), 'generator ignored GeneratorExit')
        else:
            self.fail('no RuntimeError')

    def test_finalised_on_collection(self):
        log = []
        def g():
            try:
                yield 1
            finally:
                log.append('cleanup')
        it = g()
        it.next()
        del it
        self.assertEqual(log, ['cleanup'])

    def test_running(self):
        def g():
            yield me.gi_running
            me.next()
        me = g()
        self.assertEqual(me.next(), True)
        try:
            me.next()
        except ValueError, e:
            self.assertEqual(str(e), 'generator already executing')
        else:
            self.fail('no ValueError')

    def test_attributes(self):
        def gen():
            yield 1
        g = gen()
        self.assertEqual(g.gi_running, 0)
        self.assertEqual(g.gi_frame.f_code.co_name, 'gen')
        self.assert_(repr(g).startswith('<generator object at 0x'))
        self.assertEqual(type(g).__name__, 'generator')
        list(g)
        self.assertEqual(g.gi_frame, None)

    def test_stopiteration_inside(self):
        def g():
            yield 1
            raise StopIteration
            yield 2
        self.assertEqual(list(g()), [1])

    def test_genexp(self):
        self.assertEqual(sum(x * x for x in range(4)), 14)
        g = (x for x in [1, 2])
        self.assertEqual(g.next(), 1)

    def test_recursive(self):
        def tree(n):
            if n:
                for x in tree(n - 1):
                    yield x
                yield n
        self.assertEqual(list(tree(3)), [1, 2, 3])

    def test_yield_in_try_except(self):
        def g():
            try:
                yield 1
                raise ValueError
            except ValueError:
                yield 2
        self.assertEqual(list(g()), [1, 2])

    def test_exc_info_inside(self):
        def g():
            try:
                raise KeyError
            except KeyError:
                yield sys.exc_info()[0]
        self.assertEqual(list(g()), [KeyError])


def test_main():
    test_support.run_unittest(GeneratorTest)

if __name__ == '__main__':
    test_main()
