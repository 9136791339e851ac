"""Serialise Python objects to byte strings and back (pickle, Python 2.5).

Main entry points:

    dump(obj, file, protocol=None)   write a pickle of obj to file
    dumps(obj, protocol=None)        return a pickle of obj as a string
    load(file)                       read one pickled object from file
    loads(string)                    rebuild the object pickled in string

    Pickler(file, protocol=None)     the object behind dump()
    Unpickler(file)                  the object behind load()

Protocol 0 is the printable text format, protocol 1 the old binary format
and protocol 2 (Python 2.3 and later) adds efficient new-style class
support.  A negative protocol means HIGHEST_PROTOCOL.

Unpickling runs constructors named by the data: never unpickle data you
do not trust unless find_class() is restricted.
"""

__version__ = "$Revision: 2.5 $"

from types import *
from copy_reg import dispatch_table
from copy_reg import _extension_registry, _inverted_registry, _extension_cache
import sys

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

# The format version written by this module, and the ones it can read.
format_version = "2.0"
compatible_formats = ["1.0",            # the original protocol 0
                      "1.1",            # protocol 0 with INST added
                      "1.2",            # the original protocol 1
                      "1.3",            # protocol 1 with BINFLOAT added
                      "2.0",            # protocol 2
                      ]

HIGHEST_PROTOCOL = 2


class PickleError(Exception):
    """The common base class of the other exceptions of this module."""
    pass

class PicklingError(PickleError):
    """Raised when an object cannot be pickled."""
    pass

class UnpicklingError(PickleError):
    """Raised when the data cannot be unpickled (other errors such as
    AttributeError, EOFError, ImportError and IndexError can be raised
    as well)."""
    pass


class _Stop(Exception):
    # Carries the result of STOP out of the dispatch loop.
    def __init__(self, value):
        self.value = value


try:
    from org.python.core import PyStringMap
except ImportError:
    PyStringMap = None

try:
    UnicodeType
except NameError:
    UnicodeType = None


# ---------------------------------------------------------------------------
# The opcodes.  Each is one byte; the comment says what follows it.

MARK            = '('   # push the mark object
STOP            = '.'   # end of pickle: the top of the stack is the result
POP             = '0'   # drop the top of the stack
POP_MARK        = '1'   # drop everything down to and including the mark
DUP             = '2'   # push the top of the stack again
FLOAT           = 'F'   # float as text, newline ended
INT             = 'I'   # int as text, newline ended
BININT          = 'J'   # 4-byte signed little-endian int
BININT1         = 'K'   # 1-byte unsigned int
LONG            = 'L'   # long as text, newline ended
BININT2         = 'M'   # 2-byte unsigned little-endian int
NONE            = 'N'   # push None
PERSID          = 'P'   # persistent id as text, newline ended
BINPERSID       = 'Q'   # persistent id from the stack
REDUCE          = 'R'   # call stack[-2] with the argument tuple stack[-1]
STRING          = 'S'   # quoted string literal, newline ended
BINSTRING       = 'T'   # 4-byte length, then the bytes
SHORT_BINSTRING = 'U'   # 1-byte length, then the bytes
UNICODE         = 'V'   # raw-unicode-escape text, newline ended
BINUNICODE      = 'X'   # 4-byte length, then UTF-8 bytes
APPEND          = 'a'   # stack[-2].append(stack[-1])
BUILD           = 'b'   # __setstate__ or __dict__ update
GLOBAL          = 'c'   # module and name lines: push the object found
DICT            = 'd'   # dict from the items above the mark
EMPTY_DICT      = '}'   # push {}
APPENDS         = 'e'   # extend the list below the mark
GET             = 'g'   # push memo[text index]
BINGET          = 'h'   # push memo[1-byte index]
INST            = 'i'   # module and name lines: instance from mark args
LONG_BINGET     = 'j'   # push memo[4-byte index]
LIST            = 'l'   # list from the items above the mark
EMPTY_LIST      = ']'   # push []
OBJ             = 'o'   # instance of the first item above the mark
PUT             = 'p'   # memo[text index] = stack[-1]
BINPUT          = 'q'   # memo[1-byte index] = stack[-1]
LONG_BINPUT     = 'r'   # memo[4-byte index] = stack[-1]
SETITEM         = 's'   # stack[-3][stack[-2]] = stack[-1]
TUPLE           = 't'   # tuple from the items above the mark
EMPTY_TUPLE     = ')'   # push ()
SETITEMS        = 'u'   # set pairs from above the mark into the dict below
BINFLOAT        = 'G'   # 8-byte big-endian IEEE double

TRUE            = 'I01\n'  # protocol 0/1 spelling of True
FALSE           = 'I00\n'  # protocol 0/1 spelling of False

# Protocol 2
PROTO           = '\x80'  # protocol number byte follows
NEWOBJ          = '\x81'  # cls.__new__(cls, *args)
EXT1            = '\x82'  # extension code, 1 byte
EXT2            = '\x83'  # extension code, 2 bytes
EXT4            = '\x84'  # extension code, 4 bytes
TUPLE1          = '\x85'  # 1-tuple from the top of the stack
TUPLE2          = '\x86'  # 2-tuple from the two topmost items
TUPLE3          = '\x87'  # 3-tuple from the three topmost items
NEWTRUE         = '\x88'  # push True
NEWFALSE        = '\x89'  # push False
LONG1           = '\x8a'  # long: 1-byte length, two's complement bytes
LONG4           = '\x8b'  # long: 4-byte length, two's complement bytes

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Every all-capitals name defined above is exported.
def _opcode_names(names):
    out = []
    for name in names:
        if name.isupper() and not name.startswith('_'):
            out.append(name)
    return out
__all__.extend(_opcode_names(dir()))
del _opcode_names


# ---------------------------------------------------------------------------
# Fixed-size binary fields.  The struct module is used when it exists; the
# fall-backs do the same work in plain Python.

def _le_bytes(value, size):
    # `size` little-endian bytes of value (two's complement if negative).
    value &= (1 << (size * 8)) - 1
    out = []
    for i in range(size):
        out.append(chr(value & 0xff))
        value >>= 8
    return ''.join(out)

def _le_int4(data):
    # Signed 32-bit little-endian integer from 4 bytes.
    if len(data) != 4:
        raise EOFError
    value = (ord(data[0]) | (ord(data[1]) << 8) | (ord(data[2]) << 16) |
             (ord(data[3]) << 24))
    if value & 0x80000000:
        value -= 0x100000000
    return int(value)

def _le_uint2(data):
    if len(data) != 2:
        raise EOFError
    return ord(data[0]) | (ord(data[1]) << 8)

def _byte(data):
    # The value of a 1-byte field; a short read means the data ended.
    if len(data) != 1:
        raise EOFError
    return ord(data)

try:
    from struct import pack as _struct_pack, unpack as _struct_unpack
except ImportError:
    _struct_pack = _struct_unpack = None

def _double_to_be8(x):
    """The IEEE 754 big-endian binary64 encoding of the float x."""
    if _struct_pack is not None:
        return _struct_pack('>d', x)
    import math
    if x != x:
        return '\x7f\xf8\x00\x00\x00\x00\x00\x00'
    sign = 0
    if x < 0 or (x == 0 and str(x).startswith('-')):
        sign = 1
        x = -x
    if x == 0:
        exp = 0
        mant = 0
    elif x > 1.7976931348623157e308:
        exp = 0x7ff
        mant = 0
    else:
        m, e = math.frexp(x)          # x = m * 2**e, 0.5 <= m < 1
        if e - 1 > -1023:
            exp = e - 1 + 1023
            mant = long(m * 2.0 ** 53) - (1L << 52)
        else:
            # subnormal: value = mant * 2**-1074
            exp = 0
            mant = long(math.ldexp(m, e + 1074))
    bits = (long(sign) << 63) | (long(exp) << 52) | mant
    return _le_bytes(bits, 8)[::-1]

def _be8_to_double(data):
    """The float whose IEEE 754 big-endian binary64 encoding is data."""
    if len(data) != 8:
        raise EOFError
    if _struct_unpack is not None:
        return _struct_unpack('>d', data)[0]
    import math
    bits = 0L
    for c in data:
        bits = (bits << 8) | ord(c)
    sign = bits >> 63
    exp = int((bits >> 52) & 0x7ff)
    mant = bits & ((1L << 52) - 1)
    if exp == 0x7ff:
        if mant:
            value = float('nan')
        else:
            value = float('inf')
    elif exp == 0:
        value = math.ldexp(float(mant), -1074)
    else:
        value = math.ldexp(float(mant | (1L << 52)), exp - 1075)
    if sign:
        value = -value
    return value


# ---------------------------------------------------------------------------
# Pickling

class Pickler:

    def __init__(self, file, protocol=None):
        """Make a pickler that writes to file (anything with a write()
        method taking one string).

        protocol is 0 (the default), 1 or 2; a negative value selects
        HIGHEST_PROTOCOL.  Protocols 1 and 2 are binary: open files in
        binary mode for them.
        """
        if protocol is None:
            protocol = 0
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" %
                             HIGHEST_PROTOCOL)
        self.write = file.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0

    def clear_memo(self):
        """Forget the objects pickled so far, so that later dumps write
        them again instead of referring back to them."""
        self.memo.clear()

    def dump(self, obj):
        """Write a complete pickle of obj."""
        if self.proto >= 2:
            self.write(PROTO + chr(self.proto))
        self.save(obj)
        self.write(STOP)

    def memoize(self, obj):
        """Give obj the next memo index and emit the PUT for it."""
        # In fast mode nothing is memoized: recursive objects then fail.
        if self.fast:
            return
        assert id(obj) not in self.memo
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[id(obj)] = index, obj

    def put(self, i, pack=None):
        if self.bin:
            if i < 256:
                return BINPUT + chr(i)
            return LONG_BINPUT + _le_bytes(i, 4)
        return PUT + repr(i) + '\n'

    def get(self, i, pack=None):
        if self.bin:
            if i < 256:
                return BINGET + chr(i)
            return LONG_BINGET + _le_bytes(i, 4)
        return GET + repr(i) + '\n'

    def save(self, obj):
        pid = self.persistent_id(obj)
        if pid:
            self.save_pers(pid)
            return

        seen = self.memo.get(id(obj))
        if seen:
            self.write(self.get(seen[0]))
            return

        t = type(obj)
        saver = self.dispatch.get(t)
        if saver:
            saver(self, obj)
            return

        # Classes of new-style type (metaclass instances) go by name.
        try:
            is_class = issubclass(t, TypeType)
        except TypeError:
            is_class = 0
        if is_class:
            self.save_global(obj)
            return

        reduce = dispatch_table.get(t)
        if reduce:
            rv = reduce(obj)
        else:
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce:
                    rv = reduce()
                else:
                    raise PicklingError("Can't pickle %r object: %r" %
                                        (t.__name__, obj))

        # A string names a global holding the object.
        if type(rv) is StringType:
            self.save_global(obj, rv)
            return

        if type(rv) is not TupleType:
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 5:
            raise PicklingError("Tuple returned by %s must have "
                                "two to five elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def persistent_id(self, obj):
        # Subclasses return a non-false id for objects stored elsewhere.
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid) + '\n')

    def save_reduce(self, func, args, state=None,
                    listitems=None, dictitems=None, obj=None):
        if not isinstance(args, TupleType):
            raise PicklingError("args from reduce() should be a tuple")
        if not callable(func):
            raise PicklingError("func from reduce should be callable")

        save = self.save
        write = self.write

        if self.proto >= 2 and getattr(func, "__name__", "") == "__newobj__":
            # copy_reg.__newobj__(cls, *args) becomes NEWOBJ.
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError(
                    "args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError(
                    "args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            save(state)
            write(BUILD)

    # The savers of the built-in types, keyed by type in `dispatch`.

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[NoneType] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            if obj:
                self.write(NEWTRUE)
            else:
                self.write(NEWFALSE)
        elif obj:
            self.write(TRUE)
        else:
            self.write(FALSE)
    dispatch[bool] = save_bool

    def save_int(self, obj, pack=None):
        if self.bin:
            # The shortest of BININT1, BININT2 and BININT that fits.
            if 0 <= obj <= 0xff:
                self.write(BININT1 + chr(obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + chr(obj & 0xff) + chr(obj >> 8))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _le_bytes(obj, 4))
                return
        # Text form (also for ints beyond 32 bits on 64-bit machines).
        self.write(INT + repr(obj) + '\n')
    dispatch[IntType] = save_int

    def save_long(self, obj, pack=None):
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + chr(n) + data)
            else:
                self.write(LONG4 + _le_bytes(n, 4) + data)
            return
        self.write(LONG + repr(obj) + '\n')
    dispatch[LongType] = save_long

    def save_float(self, obj, pack=None):
        if self.bin:
            self.write(BINFLOAT + _double_to_be8(obj))
        else:
            self.write(FLOAT + repr(obj) + '\n')
    dispatch[FloatType] = save_float

    def save_string(self, obj, pack=None):
        if self.bin:
            n = len(obj)
            if n < 256:
                self.write(SHORT_BINSTRING + chr(n) + obj)
            else:
                self.write(BINSTRING + _le_bytes(n, 4) + obj)
        else:
            self.write(STRING + repr(obj) + '\n')
        self.memoize(obj)
    dispatch[StringType] = save_string

    def save_unicode(self, obj, pack=None):
        if self.bin:
            data = obj.encode('utf-8')
            self.write(BINUNICODE + _le_bytes(len(data), 4) + data)
        else:
            # raw-unicode-escape leaves backslashes and newlines alone;
            # they are spelled as \u escapes so the line reads back.
            obj = obj.replace(u"\\", u"\\u005c")
            obj = obj.replace(u"\n", u"\\u000a")
            self.write(UNICODE + obj.encode('raw-unicode-escape') + '\n')
        self.memoize(obj)
    if UnicodeType is not None:
        dispatch[UnicodeType] = save_unicode

    def save_tuple(self, obj):
        write = self.write
        proto = self.proto
        save = self.save
        memo = self.memo

        n = len(obj)
        if n == 0:
            # The empty tuple is never memoized.
            if proto:
                write(EMPTY_TUPLE)
            else:
                write(MARK + TUPLE)
            return

        if n <= 3 and proto >= 2:
            for item in obj:
                save(item)
            if id(obj) in memo:
                # Saving an item saved the tuple itself (recursion through
                # a mutable object): drop the items, fetch the memo copy.
                write(POP * n + self.get(memo[id(obj)][0]))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj)
            return

        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in memo:
            fetch = self.get(memo[id(obj)][0])
            if proto:
                write(POP_MARK + fetch)
            else:
                write(POP * (n + 1) + fetch)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[TupleType] = save_tuple

    def save_empty_tuple(self, obj):
        self.write(EMPTY_TUPLE)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(iter(obj))
    dispatch[ListType] = save_list

    # Items per APPENDS / SETITEMS group in the binary protocols.
    _BATCHSIZE = 1000

    def _batch_appends(self, items):
        save = self.save
        write = self.write

        if not self.bin:
            for item in items:
                save(item)
                write(APPEND)
            return

        while items is not None:
            chunk = []
            for i in xrange(self._BATCHSIZE):
                try:
                    chunk.append(items.next())
                except StopIteration:
                    items = None
                    break
            if len(chunk) > 1:
                write(MARK)
                for item in chunk:
                    save(item)
                write(APPENDS)
            elif chunk:
                save(chunk[0])
                write(APPEND)

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.iteritems())
    dispatch[DictionaryType] = save_dict
    if PyStringMap is not None:
        dispatch[PyStringMap] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write

        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return

        while items is not None:
            chunk = []
            for i in xrange(self._BATCHSIZE):
                try:
                    chunk.append(items.next())
                except StopIteration:
                    items = None
                    break
            if len(chunk) > 1:
                write(MARK)
                for k, v in chunk:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif chunk:
                k, v = chunk[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_inst(self, obj):
        # Instances of classic classes.
        cls = obj.__class__
        memo = self.memo
        write = self.write
        save = self.save

        if hasattr(obj, '__getinitargs__'):
            args = obj.__getinitargs__()
            len(args)           # must be a sequence
            _keep_alive(args, memo)
        else:
            args = ()

        write(MARK)
        if self.bin:
            save(cls)
            for arg in args:
                save(arg)
            write(OBJ)
        else:
            for arg in args:
                save(arg)
            write(INST + cls.__module__ + '\n' + cls.__name__ + '\n')

        self.memoize(obj)

        try:
            getstate = obj.__getstate__
        except AttributeError:
            state = obj.__dict__
        else:
            state = getstate()
            _keep_alive(state, memo)
        save(state)
        write(BUILD)
    dispatch[InstanceType] = save_inst

    def save_global(self, obj, name=None, pack=None):
        write = self.write

        if name is None:
            name = obj.__name__
        module = getattr(obj, "__module__", None)
        if module is None:
            module = whichmodule(obj, name)

        # Only what can be found again by name can be pickled by name.
        try:
            __import__(module)
            found = getattr(sys.modules[module], name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(
                "Can't pickle %r: it's not found as %s.%s" %
                (obj, module, name))
        if found is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s" %
                (obj, module, name))

        if self.proto >= 2:
            code = _extension_registry.get((module, name))
            if code:
                assert code > 0
                if code <= 0xff:
                    write(EXT1 + chr(code))
                elif code <= 0xffff:
                    write(EXT2 + chr(code & 0xff) + chr(code >> 8))
                else:
                    write(EXT4 + _le_bytes(code, 4))
                return

        write(GLOBAL + module + '\n' + name + '\n')
        self.memoize(obj)

    dispatch[ClassType] = save_global
    dispatch[FunctionType] = save_global
    dispatch[BuiltinFunctionType] = save_global
    dispatch[TypeType] = save_global


def _keep_alive(x, memo):
    """Keep x alive for as long as memo lives.

    Objects made only for pickling (the result of __getinitargs__ or
    __getstate__) could be freed and their id() reused by a later object,
    which the memo would then wrongly think it has already seen.  The memo
    entry under the memo's own id holds them.
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def whichmodule(func, funcname):
    """The name of the module in which func is found as funcname.

    Uses func.__module__ when there is one; otherwise searches
    sys.modules, and falls back to '__main__'.
    """
    mod = getattr(func, "__module__", None)
    if mod is not None:
        return mod
    for name, module in sys.modules.items():
        if module is None or name == '__main__':
            continue
        if getattr(module, funcname, None) is func:
            return name
    return '__main__'


# ---------------------------------------------------------------------------
# Unpickling

class Unpickler:

    def __init__(self, file):
        """Make an unpickler that reads from file, which needs a read()
        method taking a byte count and a readline() method (a file open in
        binary mode, a StringIO, ...).  The protocol is detected from the
        data."""
        self.readline = file.readline
        self.read = file.read
        self.memo = {}

    def load(self):
        """Read one pickled object and return it."""
        self.mark = object()    # a unique object standing for MARK
        self.stack = []
        self.append = self.stack.append
        read = self.read
        dispatch = self.dispatch
        try:
            while 1:
                key = read(1)
                dispatch[key](self)
        except _Stop, stop:
            return stop.value

    def marker(self):
        # Index of the topmost mark on the stack.
        stack = self.stack
        mark = self.mark
        k = len(stack) - 1
        while stack[k] is not mark:
            k = k - 1
        return k

    dispatch = {}

    def load_eof(self):
        raise EOFError
    dispatch[''] = load_eof

    def load_proto(self):
        proto = _byte(self.read(1))
        if not 0 <= proto <= 2:
            raise ValueError("unsupported pickle protocol: %d" % proto)
    dispatch[PROTO] = load_proto

    def load_persid(self):
        pid = self.readline()[:-1]
        self.append(self.persistent_load(pid))
    dispatch[PERSID] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE] = load_true

    def load_int(self):
        data = self.readline()
        if data == FALSE[1:]:
            value = False
        elif data == TRUE[1:]:
            value = True
        else:
            try:
                value = int(data)
            except ValueError:
                value = long(data)
        self.append(value)
    dispatch[INT] = load_int

    def load_binint(self):
        self.append(_le_int4(self.read(4)))
    dispatch[BININT] = load_binint

    def load_binint1(self):
        self.append(_byte(self.read(1)))
    dispatch[BININT1] = load_binint1

    def load_binint2(self):
        self.append(_le_uint2(self.read(2)))
    dispatch[BININT2] = load_binint2

    def load_long(self):
        self.append(long(self.readline()[:-1], 0))
    dispatch[LONG] = load_long

    def load_long1(self):
        n = _byte(self.read(1))
        self.append(decode_long(self.read(n)))
    dispatch[LONG1] = load_long1

    def load_long4(self):
        n = _le_int4(self.read(4))
        self.append(decode_long(self.read(n)))
    dispatch[LONG4] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT] = load_float

    def load_binfloat(self, unpack=None):
        self.append(_be8_to_double(self.read(8)))
    dispatch[BINFLOAT] = load_binfloat

    def load_string(self):
        rep = self.readline()[:-1]
        # Only a single- or double-quoted literal is accepted.
        for quote in "\"'":
            if rep.startswith(quote):
                if not rep.endswith(quote):
                    raise ValueError, "insecure string pickle"
                rep = rep[1:-1]
                break
        else:
            raise ValueError, "insecure string pickle"
        self.append(rep.decode("string-escape"))
    dispatch[STRING] = load_string

    def load_binstring(self):
        n = _le_int4(self.read(4))
        self.append(self.read(n))
    dispatch[BINSTRING] = load_binstring

    def load_unicode(self):
        self.append(unicode(self.readline()[:-1], 'raw-unicode-escape'))
    dispatch[UNICODE] = load_unicode

    def load_binunicode(self):
        n = _le_int4(self.read(4))
        self.append(unicode(self.read(n), 'utf-8'))
    dispatch[BINUNICODE] = load_binunicode

    def load_short_binstring(self):
        n = _byte(self.read(1))
        self.append(self.read(n))
    dispatch[SHORT_BINSTRING] = load_short_binstring

    def load_tuple(self):
        k = self.marker()
        self.stack[k:] = [tuple(self.stack[k+1:])]
    dispatch[TUPLE] = load_tuple

    def load_empty_tuple(self):
        self.stack.append(())
    dispatch[EMPTY_TUPLE] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3] = load_tuple3

    def load_empty_list(self):
        self.stack.append([])
    dispatch[EMPTY_LIST] = load_empty_list

    def load_empty_dictionary(self):
        self.stack.append({})
    dispatch[EMPTY_DICT] = load_empty_dictionary

    def load_list(self):
        k = self.marker()
        self.stack[k:] = [self.stack[k+1:]]
    dispatch[LIST] = load_list

    def load_dict(self):
        k = self.marker()
        d = {}
        items = self.stack[k+1:]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i+1]
        self.stack[k:] = [d]
    dispatch[DICT] = load_dict

    def _instantiate(self, klass, k):
        # Make an instance of klass from the arguments above stack[k].
        args = tuple(self.stack[k+1:])
        del self.stack[k:]
        made = 0
        if (not args and type(klass) is ClassType and
            not hasattr(klass, "__getinitargs__")):
            # A classic class without __getinitargs__ is not called.
            try:
                value = _EmptyClass()
                value.__class__ = klass
                made = 1
            except RuntimeError:
                # In restricted execution __class__ cannot be assigned.
                pass
        if not made:
            try:
                value = klass(*args)
            except TypeError, err:
                raise TypeError, "in constructor for %s: %s" % (
                    klass.__name__, str(err)), sys.exc_info()[2]
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1]
        name = self.readline()[:-1]
        klass = self.find_class(module, name)
        self._instantiate(klass, self.marker())
    dispatch[INST] = load_inst

    def load_obj(self):
        # The class is the first item above the mark.
        k = self.marker()
        klass = self.stack.pop(k+1)
        self._instantiate(klass, k)
    dispatch[OBJ] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack[-1]
        obj = cls.__new__(cls, *args)
        self.stack[-1] = obj
    dispatch[NEWOBJ] = load_newobj

    def load_global(self):
        module = self.readline()[:-1]
        name = self.readline()[:-1]
        klass = self.find_class(module, name)
        self.append(klass)
    dispatch[GLOBAL] = load_global

    def load_ext1(self):
        self.get_extension(_byte(self.read(1)))
    dispatch[EXT1] = load_ext1

    def load_ext2(self):
        self.get_extension(_le_uint2(self.read(2)))
    dispatch[EXT2] = load_ext2

    def load_ext4(self):
        self.get_extension(_le_int4(self.read(4)))
    dispatch[EXT4] = load_ext4

    def get_extension(self, code):
        missing = []
        obj = _extension_cache.get(code, missing)
        if obj is not missing:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        # Imports through __import__, so import restrictions apply.
        __import__(module)
        mod = sys.modules[module]
        klass = getattr(mod, name)
        return klass

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        value = func(*args)
        stack[-1] = value
    dispatch[REDUCE] = load_reduce

    def load_pop(self):
        del self.stack[-1]
    dispatch[POP] = load_pop

    def load_pop_mark(self):
        k = self.marker()
        del self.stack[k:]
    dispatch[POP_MARK] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP] = load_dup

    def load_get(self):
        self.append(self.memo[self.readline()[:-1]])
    dispatch[GET] = load_get

    def load_binget(self):
        i = _byte(self.read(1))
        self.append(self.memo[repr(i)])
    dispatch[BINGET] = load_binget

    def load_long_binget(self):
        i = _le_int4(self.read(4))
        self.append(self.memo[repr(i)])
    dispatch[LONG_BINGET] = load_long_binget

    def load_put(self):
        self.memo[self.readline()[:-1]] = self.stack[-1]
    dispatch[PUT] = load_put

    def load_binput(self):
        i = _byte(self.read(1))
        self.memo[repr(i)] = self.stack[-1]
    dispatch[BINPUT] = load_binput

    def load_long_binput(self):
        i = _le_int4(self.read(4))
        self.memo[repr(i)] = self.stack[-1]
    dispatch[LONG_BINPUT] = load_long_binput

    def load_append(self):
        stack = self.stack
        value = stack.pop()
        stack[-1].append(value)
    dispatch[APPEND] = load_append

    def load_appends(self):
        stack = self.stack
        k = self.marker()
        stack[k-1].extend(stack[k+1:])
        del stack[k:]
    dispatch[APPENDS] = load_appends

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    dispatch[SETITEM] = load_setitem

    def load_setitems(self):
        stack = self.stack
        k = self.marker()
        target = stack[k-1]
        for i in range(k+1, len(stack), 2):
            target[stack[i]] = stack[i+1]
        del stack[k:]
    dispatch[SETITEMS] = load_setitems

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate:
            setstate(state)
            return
        # Default: state is a dict for __dict__, or a (dict, slots) pair.
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            try:
                inst.__dict__.update(state)
            except RuntimeError:
                # Restricted execution forbids __dict__ access.
                for k, v in state.items():
                    setattr(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD] = load_build

    def load_mark(self):
        self.append(self.mark)
    dispatch[MARK] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    dispatch[STOP] = load_stop


class _EmptyClass:
    # Instances of this classic class get their __class__ replaced.
    pass


# ---------------------------------------------------------------------------
# Longs in protocol 2: little-endian two's complement, as few bytes as can
# hold the value (0 is the empty string).

try:
    from binascii import hexlify as _hexlify, unhexlify as _unhexlify
except ImportError:
    def _hexlify(data):
        return ''.join(['%02x' % ord(c) for c in data])

    def _unhexlify(text):
        return ''.join([chr(int(text[i:i+2], 16))
                        for i in xrange(0, len(text), 2)])

def encode_long(x):
    r"""The protocol 2 byte encoding of the long x.

    >>> encode_long(0L)
    ''
    >>> encode_long(255L)
    '\xff\x00'
    >>> encode_long(32767L)
    '\xff\x7f'
    >>> encode_long(-256L)
    '\x00\xff'
    >>> encode_long(-32768L)
    '\x00\x80'
    >>> encode_long(-128L)
    '\x80'
    >>> encode_long(127L)
    '\x7f'
    """
    if x == 0:
        return ''
    if x > 0:
        digits = '%x' % x
        if len(digits) & 1:
            digits = '0' + digits
        if digits[0] in '89abcdef':
            # The top bit would read as a sign: add a zero byte.
            digits = '00' + digits
    else:
        nbytes = (len('%x' % -x) + 1) // 2
        value = x + (1L << (nbytes * 8))
        if value < (1L << (nbytes * 8 - 1)):
            # The sign bit is clear: one more 0xff byte is needed.
            nbytes += 1
            value = x + (1L << (nbytes * 8))
        digits = '%0*x' % (nbytes * 2, value)
    return _unhexlify(digits)[::-1]

def decode_long(data):
    r"""The long encoded by data (the inverse of encode_long).

    >>> decode_long('')
    0L
    >>> decode_long('\xff\x00')
    255L
    >>> decode_long('\xff\x7f')
    32767L
    >>> decode_long('\x00\xff')
    -256L
    >>> decode_long('\x00\x80')
    -32768L
    >>> decode_long('\x80')
    -128L
    >>> decode_long('\x7f')
    127L
    """
    nbytes = len(data)
    if nbytes == 0:
        return 0L
    n = long(_hexlify(data[::-1]), 16)
    if data[-1] >= '\x80':
        n -= 1L << (nbytes * 8)
    return n


# ---------------------------------------------------------------------------
# Shorthands

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

def dump(obj, file, protocol=None):
    Pickler(file, protocol).dump(obj)

def dumps(obj, protocol=None):
    f = StringIO()
    Pickler(f, protocol).dump(obj)
    return f.getvalue()

def load(file):
    return Unpickler(file).load()

def loads(str):
    f = StringIO(str)
    return Unpickler(f).load()
