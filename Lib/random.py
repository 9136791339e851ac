"""Pseudo-random numbers (the Python 2.5 random module).

The core generator is the Mersenne Twister from the _random module: it
produces 53-bit floats in [0, 1) with a period of 2**19937-1.  On top of
it this module builds:

    integers:   randrange, randint, getrandbits
    sequences:  choice, shuffle, sample
    real-valued distributions: uniform, normalvariate (and gauss),
        lognormvariate, expovariate, vonmisesvariate, gammavariate,
        betavariate, paretovariate, weibullvariate

Every function uses the same float arithmetic and the same number of
calls to random() as Python 2.5, so a seeded generator reproduces 2.5's
sequences exactly.  The module-level functions share one hidden Random
instance; create your own Random objects for independent streams.

WichmannHill is the older generator of Python 2.2; SystemRandom draws from
os.urandom() where the operating system provides it.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import ceil as _ceil
from types import MethodType as _MethodType, BuiltinMethodType as _BuiltinMethodType
from binascii import hexlify as _hexlify
import _random

# os may not be importable (in a sandbox, say): then there is no system
# entropy source, and seeding falls back to the clock.
try:
    from os import urandom as _urandom
except ImportError:
    def _urandom(n):
        raise NotImplementedError("no system source of randomness")

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "jumpahead", "WichmannHill", "getrandbits",
           "SystemRandom"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float
RECIP_BPF = 2 ** -BPF


def _fresh_seed():
    """A seed from the system entropy source, else from the clock."""
    try:
        return long(_hexlify(_urandom(16)), 16)
    except NotImplementedError:
        try:
            import time
        except ImportError:
            return 0L
        return long(time.time() * 256)    # fractional seconds count too


def _warn(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, RuntimeWarning, 3)


class Random(_random.Random):
    """Random number generator based on the Mersenne Twister.

    Subclasses may override random(), seed(), getstate(), setstate() and
    jumpahead() to use another basic generator; if they also provide
    getrandbits(), randrange() can cover arbitrarily large ranges.
    """

    VERSION = 2     # version of the getstate() format

    def __init__(self, x=None):
        """Make a generator, seeded from x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None):
        """Initialize the generator from a hashable object.

        None (the default) means the system entropy source or, failing
        that, the current time.  Integers and longs are used as they are
        (their absolute value); other objects through their hash().
        """
        if a is None:
            a = _fresh_seed()
        super(Random, self).seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the generator's internal state, for setstate()."""
        return self.VERSION, super(Random, self).getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version != 2:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        version, internal, self.gauss_next = state
        super(Random, self).setstate(internal)

    # copy and pickle go through the state

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def randrange(self, start, stop=None, step=1, int=int, default=None,
                  maxwidth=1L << BPF):
        """A random item from range(start, stop[, step]).

        The end point is excluded, as in range(); nothing is built.
        """
        # The extra keyword arguments are fast local bindings; do not pass
        # them.
        istart = int(start)
        if istart != start:
            raise ValueError, "non-integer arg 1 for randrange()"
        if stop is default:
            if istart > 0:
                if istart >= maxwidth:
                    return self._randbelow(istart)
                return int(self.random() * istart)
            raise ValueError, "empty range for randrange()"

        istop = int(stop)
        if istop != stop:
            raise ValueError, "non-integer stop for randrange()"
        width = istop - istart
        if step == 1:
            if width > 0:
                # int() of a float product loses nothing below 2**53
                if width >= maxwidth:
                    return int(istart + self._randbelow(width))
                return int(istart + int(self.random() * width))
            raise ValueError, "empty range for randrange() (%d,%d, %d)" % (
                istart, istop, width)

        istep = int(step)
        if istep != step:
            raise ValueError, "non-integer step for randrange()"
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError, "zero step for randrange()"
        if count <= 0:
            raise ValueError, "empty range for randrange()"
        if count >= maxwidth:
            return istart + istep * self._randbelow(count)
        return istart + istep * int(self.random() * count)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def _randbelow(self, n, _log=_log, int=int, _maxwidth=1L << BPF,
                   _Method=_MethodType, _BuiltinMethod=_BuiltinMethodType):
        """A random int in [0, n), for n beyond what one float covers."""
        try:
            getrandbits = self.getrandbits
        except AttributeError:
            pass
        else:
            # Use getrandbits only when it comes with the generator that
            # random() uses: the built-in one, or a subclass's own.
            if type(self.random) is _BuiltinMethod or type(getrandbits) is _Method:
                nbits = int(1.00001 + _log(n - 1, 2.0))   # 2**nbits > n-1
                r = getrandbits(nbits)
                while r >= n:
                    r = getrandbits(nbits)
                return r
        if n >= _maxwidth:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large")
        return int(self.random() * n)

    # ---- sequences ----

    def choice(self, seq):
        """A random element of the non-empty sequence seq."""
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None, int=int):
        """Shuffle the list x in place.

        random, if given, is a function of no arguments returning floats
        in [0, 1); the default is this generator's random().
        """
        if random is None:
            random = self.random
        i = len(x) - 1
        while i > 0:
            # pick an element from x[:i+1] to go to position i
            j = int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k):
        """A list of k distinct elements chosen from population.

        population may be a sequence or a set; it is left unchanged.  The
        result is in selection order, so every slice of it is a valid
        random sample too.
        """
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError, "sample larger than population"
        random = self.random
        _int = int
        result = [None] * k
        # Two strategies: for a small population (or a mapping) draw from a
        # copy, moving the last unselected item into each hole; for a big
        # one, draw indexes and reject repeats.  The threshold compares
        # the memory of the copy with that of the set of indexes.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in xrange(k):
                j = _int(random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            try:
                chosen = set()
                remember = chosen.add
                for i in xrange(k):
                    j = _int(random() * n)
                    while j in chosen:
                        j = _int(random() * n)
                    remember(j)
                    result[i] = population[j]
            except (TypeError, KeyError):
                # not indexable (a set, say): sample a tuple of it instead
                if isinstance(population, list):
                    raise
                return self.sample(tuple(population), k)
        return result

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        """A random float N with a <= N < b."""
        return a + (b - a) * self.random()

    def normalvariate(self, mu, sigma):
        """Normal distribution: mean mu, standard deviation sigma."""
        # Kinderman and Monahan's ratio-of-uniforms method.
        random = self.random
        while 1:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal with mean mu and
        standard deviation sigma (sigma > 0)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1.0 / mean)."""
        random = self.random
        u = random()
        while u <= 1e-7:
            u = random()
        return -_log(u) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular normal distribution: mean angle mu (radians),
        concentration kappa >= 0 (0 gives a uniform angle)."""
        # Best and Fisher's algorithm (Applied Statistics 28, 1979).
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        a = 1.0 + _sqrt(1.0 + 4.0 * kappa * kappa)
        b = (a - _sqrt(2.0 * a)) / (2.0 * kappa)
        r = (1.0 + b * b) / (2.0 * b)
        while 1:
            u1 = random()
            z = _cos(_pi * u1)
            f = (1.0 + r * z) / (r + z)
            c = kappa * (r - f)
            u2 = random()
            if u2 < c * (2.0 - c) or u2 <= c * _exp(1.0 - c):
                break
        u3 = random()
        if u3 > 0.5:
            return (mu % TWOPI) + _acos(f)
        return (mu % TWOPI) - _acos(f)

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError, 'gammavariate: alpha and beta must be > 0.0'
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection method (Applied Statistics 26, 1977)
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while 1:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            # the exponential distribution
            u = random()
            while u <= 1e-7:
                u = random()
            return -_log(u) * beta
        else:
            # alpha in (0, 1): the method of Ahrens and Dieter (GS)
            while 1:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def gauss(self, mu, sigma):
        """Gaussian distribution: mean mu, standard deviation sigma.

        A little faster than normalvariate(); not thread-safe, since the
        second value of each generated pair is kept for the next call.
        """
        # Box-Muller: two uniform values give two normal ones.
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """Beta distribution (alpha > 0, beta > 0), values in [0, 1]."""
        y = self.gammavariate(alpha, 1.)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        u = 1.0 - self.random()
        return alpha * pow(-_log(u), 1.0 / beta)


class WichmannHill(Random):
    """The Wichmann-Hill generator (Applied Statistics 31, 1982), as in
    Python 2.2 and earlier; its period is only about 6.95e12."""

    VERSION = 1

    def seed(self, a=None):
        """Initialize from a hashable object (None: entropy or time)."""
        if a is None:
            a = _fresh_seed()
        if not isinstance(a, (int, long)):
            a = hash(a)
        a, x = divmod(a, 30268)
        a, y = divmod(a, 30306)
        a, z = divmod(a, 30322)
        self._seed = int(x) + 1, int(y) + 1, int(z) + 1
        self.gauss_next = None

    def random(self):
        """The next float in [0, 1)."""
        x, y, z = self._seed
        x = (171 * x) % 30269
        y = (172 * y) % 30307
        z = (170 * z) % 30323
        self._seed = x, y, z
        # the sum of three uniforms, taken modulo 1, is uniform too
        return (x / 30269.0 + y / 30307.0 + z / 30323.0) % 1.0

    def getstate(self):
        return self.VERSION, self._seed, self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version != 1:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        version, self._seed, self.gauss_next = state

    def jumpahead(self, n):
        """Move the state on as if random() had been called n times."""
        if not n >= 0:
            raise ValueError("n must be >= 0")
        x, y, z = self._seed
        x = int(x * pow(171, n, 30269)) % 30269
        y = int(y * pow(172, n, 30307)) % 30307
        z = int(z * pow(170, n, 30323)) % 30323
        self._seed = x, y, z

    def __whseed(self, x=0, y=0, z=0):
        """Seed from three bytes (0 for all: the current time)."""
        if not type(x) == type(y) == type(z) == int:
            raise TypeError('seeds must be integers')
        if not (0 <= x < 256 and 0 <= y < 256 and 0 <= z < 256):
            raise ValueError('seeds must be in range(0, 256)')
        if 0 == x == y == z:
            import time
            t = long(time.time() * 256)
            t = int((t & 0xffffff) ^ (t >> 24))
            t, x = divmod(t, 256)
            t, y = divmod(t, 256)
            t, z = divmod(t, 256)
        # zero would be a fixed point, hence the "or 1"
        self._seed = (x or 1, y or 1, z or 1)
        self.gauss_next = None

    def whseed(self, a=None):
        """The pre-2.3 seeding: bit-for-bit compatible with old versions,
        but it can map different seeds to the same state."""
        if a is None:
            self.__whseed()
            return
        a = hash(a)
        a, x = divmod(a, 256)
        a, y = divmod(a, 256)
        a, z = divmod(a, 256)
        x = (x + a) % 256 or 1
        y = (y + a) % 256 or 1
        z = (z + a) % 256 or 1
        self.__whseed(x, y, z)


class SystemRandom(Random):
    """Random numbers from os.urandom(): not reproducible, and without
    state (seed and jumpahead do nothing; getstate and setstate fail)."""

    def random(self):
        """A float in [0, 1) from 7 bytes of system entropy."""
        return (long(_hexlify(_urandom(7)), 16) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """A long int with k random bits from the system source."""
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k != int(k):
            raise TypeError('number of bits should be an integer')
        nbytes = (k + 7) // 8
        x = long(_hexlify(_urandom(nbytes)), 16)
        return x >> (nbytes * 8 - k)

    def _stub(self, *args, **kwds):
        "Accepted and ignored: there is no state."
        return None
    seed = jumpahead = _stub

    def _notimplemented(self, *args, **kwds):
        "Refused: there is no state."
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


# The module-level functions are the bound methods of one hidden instance.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
jumpahead = _inst.jumpahead
getrandbits = _inst.getrandbits
