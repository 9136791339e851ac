import unittest
import random
import pickle
from test import test_support


class MersenneTwisterTest(unittest.TestCase):
    def test_known_sequence(self):
        # values produced by Python 2.5
        random.seed(1234)
        self.assertEqual(repr([random.random() for i in range(3)]),
            '[0.96645353569213877, 0.44073259917535268, 0.0074914700585871907]')
        random.seed(0)
        self.assertEqual(random.getrandbits(64), 7106521602475165645L)
        self.assertEqual(str(random.Random(42).random()), '0.639426798458')

    def test_seed_equivalences(self):
        self.assertEqual(random.Random(5).random(), random.Random(5L).random())
        self.assertEqual(random.Random(-5).random(), random.Random(5).random())
        big = 2 ** 100 + 12345
        self.assertEqual(random.Random(big).random(), random.Random(big).random())
        self.assertNotEqual(random.Random(big).random(), random.Random(12345).random())
        self.assertEqual(random.Random('abc').random(), random.Random(hash('abc')).random())

    def test_state(self):
        r = random.Random(7)
        state = r.getstate()
        a = [r.random() for i in range(5)]
        r.setstate(state)
        self.assertEqual(a, [r.random() for i in range(5)])
        self.assertRaises(TypeError, r.setstate, (2, [0] * 625, None))
        self.assertRaises(ValueError, r.setstate, (2, (0,) * 10, None))
        self.assertRaises(ValueError, r.setstate, (3, (0,) * 625, None))
        bad = list(state[1])
        bad[-1] = 10 ** 6
        self.assertRaises(ValueError, r.setstate, (2, tuple(bad), None))
        r2 = pickle.loads(pickle.dumps(r))
        self.assertEqual(r.random(), r2.random())

    def test_jumpahead(self):
        r = random.Random(1)
        s = r.getstate()
        r.jumpahead(12345)
        self.assertNotEqual(r.getstate(), s)
        self.assert_(0.0 <= r.random() < 1.0)
        self.assertRaises(TypeError, r.jumpahead, 'x')

    def test_getrandbits(self):
        r = random.Random(3)
        for k in (1, 31, 32, 33, 100):
            self.assert_(0 <= r.getrandbits(k) < 2 ** k)
        self.assertRaises(ValueError, r.getrandbits, 0)

    def test_ranges(self):
        r = random.Random(11)
        for i in range(200):
            self.assert_(1 <= r.randint(1, 6) <= 6)
            self.assert_(r.randrange(0, 100, 5) % 5 == 0)
            self.assert_(1 <= r.uniform(1, 2) <= 2)
            self.assert_(r.randrange(2 ** 70) < 2 ** 70)
        self.assertRaises(ValueError, r.randint, 5, 1)
        self.assertRaises(ValueError, r.randrange, 0)
        self.assertRaises(ValueError, r.randrange, 1, 5, 0)
        self.assertRaises(ValueError, r.randrange, 1.5)
        try:
            r.randint(5, 1)
        except ValueError, e:
            self.assertEqual(str(e), 'empty range for randrange() (5,2, -3)')

    def test_sequences(self):
        r = random.Random(2)
        self.assert_(r.choice('abc') in 'abc')
        self.assertRaises(IndexError, r.choice, [])
        l = range(20)
        r.shuffle(l)
        self.assertEqual(sorted(l), range(20))
        s = r.sample(xrange(1000), 10)
        self.assertEqual(len(set(s)), 10)
        self.assertEqual(sorted(r.sample(set('abc'), 3)), ['a', 'b', 'c'])
        self.assertRaises(ValueError, r.sample, [1, 2], 3)

    def test_distributions(self):
        r = random.Random(9)
        for f, args in [(r.normalvariate, (0, 1)), (r.gauss, (0, 1)),
                        (r.lognormvariate, (0, 1)), (r.expovariate, (2,)),
                        (r.vonmisesvariate, (1, 2)), (r.gammavariate, (0.5, 1)),
                        (r.gammavariate, (1.0, 1)), (r.gammavariate, (3, 1)),
                        (r.betavariate, (2, 3)), (r.paretovariate, (2,)),
                        (r.weibullvariate, (1, 2))]:
            for i in range(20):
                x = f(*args)
                self.assert_(isinstance(x, float))
        self.assertRaises(ValueError, r.gammavariate, -1, 1)

    def test_wichmann_hill(self):
        w = random.WichmannHill(3)
        x = w.random()
        self.assert_(0.0 <= x < 1.0)
        w2 = random.WichmannHill(3)
        w2.random()
        w.jumpahead(5)
        for i in range(5):
            w2.random()
        self.assertEqual(w.random(), w2.random())


class JumpaheadTest(unittest.TestCase):
    # jumpahead(n) swaps state word i with word n % i for each i from the
    # top down, then adds i+1 to word i (2.5 does not hash n first).
    def test_known_values(self):
        import random
        r = random.Random(42)
        r.jumpahead(5)
        self.assertEqual(repr(r.random()), '0.58134753978404885')
        r = random.Random(12345)
        r.jumpahead(2 ** 70)
        self.assertEqual(repr(r.random()), '0.9101032126521087')
        self.assertEqual(r.getrandbits(32), 4263083030L)

    def test_type_check(self):
        import random
        self.assertRaises(TypeError, random.Random(1).jumpahead, 1.5)


def test_main():
    test_support.run_unittest(MersenneTwisterTest, JumpaheadTest)

if __name__ == '__main__':
    test_main()
