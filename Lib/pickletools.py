"""Tools for looking inside pickles (Python 2.5 pickletools).

    opcodes     the list of OpcodeInfo records, one per pickle opcode
    genops(p)   yields (opcode, argument, position) for each opcode of p
    dis(p)      prints a symbolic listing of the pickle p

p is a string or a file-like object with read() and readline().
"""

__all__ = ['dis', 'genops', 'opcodes']


# ---------------------------------------------------------------------------
# Argument readers.  Each takes the input file and returns the value of the
# argument that follows an opcode.

class ArgumentDescriptor(object):
    __slots__ = ('name', 'n', 'reader', 'doc')

    # n: the fixed size in bytes, or one of these for variable sizes
    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3


def _need(f, n):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a pickle argument, "
                         "but only %d remain" % (n, len(data)))
    return data

def _line(f, what):
    data = f.readline()
    if not data.endswith('\n'):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]

def read_uint1(f):
    return ord(_need(f, 1))

def read_uint2(f):
    data = _need(f, 2)
    return ord(data[0]) | (ord(data[1]) << 8)

def read_int4(f):
    data = _need(f, 4)
    value = 0
    for c in reversed(data):
        value = (value << 8) | ord(c)
    if value >= 1 << 31:
        value -= 1 << 32
    return int(value)

def read_stringnl(f, decode=True, stripquotes=True):
    text = _line(f, "stringnl")
    if stripquotes:
        for q in "'\"":
            if text.startswith(q):
                if not text.endswith(q) or len(text) < 2:
                    raise ValueError("strinq quote %r not found at both "
                                     "ends of %r" % (q, text))
                text = text[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % text)
    if decode:
        text = text.decode('string_escape')
    return text

def read_stringnl_noescape(f):
    return read_stringnl(f, decode=False, stripquotes=False)

def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))

def read_string4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("string4 byte count < 0: %d" % n)
    return _need(f, n)

def read_string1(f):
    return _need(f, read_uint1(f))

def read_unicodestringnl(f):
    return unicode(_line(f, "unicodestringnl"), 'raw-unicode-escape')

def read_unicodestring4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("unicodestring4 byte count < 0: %d" % n)
    return unicode(_need(f, n), 'utf-8')

def read_decimalnl_short(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if text == "00":
        return False
    if text == "01":
        return True
    try:
        return int(text)
    except OverflowError:
        return long(text)

def read_decimalnl_long(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if not text.endswith('L'):
        raise ValueError("trailing 'L' required in %r" % text)
    return long(text)

def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))

def read_float8(f):
    import struct
    return struct.unpack('>d', _need(f, 8))[0]

def _decode_long(data):
    import pickle
    return pickle.decode_long(data)

def read_long1(f):
    return _decode_long(_need(f, read_uint1(f)))

def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    return _decode_long(_need(f, n))


uint1 = ArgumentDescriptor('uint1', 1, read_uint1, "one-byte unsigned int")
uint2 = ArgumentDescriptor('uint2', 2, read_uint2,
                           "two-byte little-endian unsigned int")
int4 = ArgumentDescriptor('int4', 4, read_int4,
                          "four-byte little-endian signed int")
stringnl = ArgumentDescriptor('stringnl', UP_TO_NEWLINE, read_stringnl,
                              "quoted, escaped string up to a newline")
stringnl_noescape = ArgumentDescriptor(
    'stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape,
    "raw string up to a newline")
stringnl_noescape_pair = ArgumentDescriptor(
    'stringnl_noescape_pair', UP_TO_NEWLINE, read_stringnl_noescape_pair,
    "two newline-terminated raw strings, shown joined by a blank")
string4 = ArgumentDescriptor('string4', TAKEN_FROM_ARGUMENT4, read_string4,
                             "int4 byte count, then the bytes")
string1 = ArgumentDescriptor('string1', TAKEN_FROM_ARGUMENT1, read_string1,
                             "uint1 byte count, then the bytes")
unicodestringnl = ArgumentDescriptor(
    'unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl,
    "raw-unicode-escape text up to a newline")
unicodestring4 = ArgumentDescriptor(
    'unicodestring4', TAKEN_FROM_ARGUMENT4, read_unicodestring4,
    "int4 byte count, then UTF-8 bytes")
decimalnl_short = ArgumentDescriptor(
    'decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short,
    "decimal int up to a newline ('00' and '01' are False and True)")
decimalnl_long = ArgumentDescriptor(
    'decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long,
    "decimal long with a trailing 'L', up to a newline")
floatnl = ArgumentDescriptor('floatnl', UP_TO_NEWLINE, read_floatnl,
                             "float as text up to a newline")
float8 = ArgumentDescriptor('float8', 8, read_float8,
                            "big-endian IEEE 754 double")
long1 = ArgumentDescriptor('long1', TAKEN_FROM_ARGUMENT1, read_long1,
                           "uint1 byte count, then two's complement bytes")
long4 = ArgumentDescriptor('long4', TAKEN_FROM_ARGUMENT4, read_long4,
                           "int4 byte count, then two's complement bytes")


# ---------------------------------------------------------------------------
# Objects on the unpickling stack, as the opcode table describes them.

class StackObject(object):
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name

pyint = StackObject('int', int, "a short integer")
pylong = StackObject('long', long, "a long integer")
pyinteger_or_bool = StackObject('int_or_bool', (int, long, bool),
                                "an int or a bool")
pybool = StackObject('bool', bool, "a bool")
pyfloat = StackObject('float', float, "a float")
pystring = StackObject('str', str, "a string")
pyunicode = StackObject('unicode', unicode, "a unicode string")
pynone = StackObject('None', type(None), "the None object")
pytuple = StackObject('tuple', tuple, "a tuple")
pylist = StackObject('list', list, "a list")
pydict = StackObject('dict', dict, "a dict")
anyobject = StackObject('any', object, "any object")
markobject = StackObject('mark', StackObject, "the mark pushed by MARK")
stackslice = StackObject('stackslice', StackObject,
                         "the objects above the topmost mark")


# ---------------------------------------------------------------------------
# The opcodes

class OpcodeInfo(object):
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto,
                 doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc

I = OpcodeInfo
M, S, A = markobject, stackslice, anyobject

opcodes = [
    I('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0,
      "Push an integer or bool written in decimal."),
    I('BININT', 'J', int4, [], [pyint], 1, "Push a four-byte signed int."),
    I('BININT1', 'K', uint1, [], [pyint], 1, "Push a one-byte unsigned int."),
    I('BININT2', 'M', uint2, [], [pyint], 1, "Push a two-byte unsigned int."),
    I('LONG', 'L', decimalnl_long, [], [pylong], 0,
      "Push a long integer written in decimal."),
    I('LONG1', '\x8a', long1, [], [pylong], 2,
      "Push a long from a short two's complement byte string."),
    I('LONG4', '\x8b', long4, [], [pylong], 2,
      "Push a long from a long two's complement byte string."),
    I('STRING', 'S', stringnl, [], [pystring], 0,
      "Push a string written as a quoted literal."),
    I('BINSTRING', 'T', string4, [], [pystring], 1,
      "Push a string with a four-byte length."),
    I('SHORT_BINSTRING', 'U', string1, [], [pystring], 1,
      "Push a string with a one-byte length."),
    I('NONE', 'N', None, [], [pynone], 0, "Push None."),
    I('NEWTRUE', '\x88', None, [], [pybool], 2, "Push True."),
    I('NEWFALSE', '\x89', None, [], [pybool], 2, "Push False."),
    I('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0,
      "Push a unicode string in raw-unicode-escape form."),
    I('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1,
      "Push a unicode string in UTF-8 with a four-byte length."),
    I('FLOAT', 'F', floatnl, [], [pyfloat], 0, "Push a float as text."),
    I('BINFLOAT', 'G', float8, [], [pyfloat], 1,
      "Push a float from 8 big-endian IEEE bytes."),
    I('EMPTY_LIST', ']', None, [], [pylist], 1, "Push an empty list."),
    I('APPEND', 'a', None, [pylist, A], [pylist], 0,
      "Append the top of the stack to the list below it."),
    I('APPENDS', 'e', None, [pylist, M, S], [pylist], 1,
      "Extend the list below the mark with the objects above it."),
    I('LIST', 'l', None, [M, S], [pylist], 0,
      "Build a list of the objects above the mark."),
    I('EMPTY_TUPLE', ')', None, [], [pytuple], 1, "Push ()."),
    I('TUPLE', 't', None, [M, S], [pytuple], 0,
      "Build a tuple of the objects above the mark."),
    I('TUPLE1', '\x85', None, [A], [pytuple], 2,
      "Build a 1-tuple from the top of the stack."),
    I('TUPLE2', '\x86', None, [A, A], [pytuple], 2,
      "Build a 2-tuple from the two topmost objects."),
    I('TUPLE3', '\x87', None, [A, A, A], [pytuple], 2,
      "Build a 3-tuple from the three topmost objects."),
    I('EMPTY_DICT', '}', None, [], [pydict], 1, "Push an empty dict."),
    I('DICT', 'd', None, [M, S], [pydict], 0,
      "Build a dict of the key/value pairs above the mark."),
    I('SETITEM', 's', None, [pydict, A, A], [pydict], 0,
      "Store the topmost key/value pair in the dict below it."),
    I('SETITEMS', 'u', None, [pydict, M, S], [pydict], 1,
      "Store the pairs above the mark in the dict below the mark."),
    I('POP', '0', None, [A], [], 0, "Discard the top of the stack."),
    I('DUP', '2', None, [A], [A, A], 0, "Push the top of the stack again."),
    I('MARK', '(', None, [], [M], 0, "Push the mark."),
    I('POP_MARK', '1', None, [M, S], [], 1,
      "Discard everything down to and including the topmost mark."),
    I('GET', 'g', decimalnl_short, [], [A], 0,
      "Push a memo entry; the index is written in decimal."),
    I('BINGET', 'h', uint1, [], [A], 1,
      "Push a memo entry; one-byte index."),
    I('LONG_BINGET', 'j', int4, [], [A], 1,
      "Push a memo entry; four-byte index."),
    I('PUT', 'p', decimalnl_short, [], [], 0,
      "Store the top of the stack in the memo; decimal index."),
    I('BINPUT', 'q', uint1, [], [], 1,
      "Store the top of the stack in the memo; one-byte index."),
    I('LONG_BINPUT', 'r', int4, [], [], 1,
      "Store the top of the stack in the memo; four-byte index."),
    I('EXT1', '\x82', uint1, [], [A], 2,
      "Push the object registered under a one-byte extension code."),
    I('EXT2', '\x83', uint2, [], [A], 2,
      "Push the object registered under a two-byte extension code."),
    I('EXT4', '\x84', int4, [], [A], 2,
      "Push the object registered under a four-byte extension code."),
    I('GLOBAL', 'c', stringnl_noescape_pair, [], [A], 0,
      "Push the object found as module.name."),
    I('REDUCE', 'R', None, [A, A], [A], 0,
      "Call the callable below with the argument tuple on top."),
    I('BUILD', 'b', None, [A, A], [A], 0,
      "Give the object below its state: __setstate__ or __dict__ update."),
    I('INST', 'i', stringnl_noescape_pair, [M, S], [A], 0,
      "Instantiate module.name with the objects above the mark."),
    I('OBJ', 'o', None, [M, A, S], [A], 1,
      "Instantiate the class just above the mark with the rest."),
    I('NEWOBJ', '\x81', None, [A, A], [A], 2,
      "cls.__new__(cls, *args) for the class and argument tuple."),
    I('PROTO', '\x80', uint1, [], [], 2, "Announce the protocol."),
    I('STOP', '.', None, [A], [], 0, "End of the pickle."),
    I('PERSID', 'P', stringnl_noescape, [], [A], 0,
      "Push the object with the persistent id written as text."),
    I('BINPERSID', 'Q', None, [A], [A], 1,
      "Push the object with the persistent id on the stack."),
]
del I, M, S, A

code2op = {}
for _op in opcodes:
    if _op.code in code2op:
        raise ValueError("duplicate opcode code %r" % _op.code)
    code2op[_op.code] = _op
del _op


# ---------------------------------------------------------------------------
# Walking and printing

def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode of the pickle up to STOP.

    pos is the byte offset of the opcode, or None if the file cannot tell.
    """
    if isinstance(pickle, str):
        import StringIO
        pickle = StringIO.StringIO(pickle)
    tell = getattr(pickle, 'tell', None)
    while True:
        pos = None
        if tell is not None:
            pos = tell()
        code = pickle.read(1)
        op = code2op.get(code)
        if op is None:
            if code == "":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                             pos is None and "<unknown>" or pos, code))
        if op.arg is None:
            arg = None
        else:
            arg = op.arg.reader(pickle)
        yield op, arg, pos
        if code == '.':
            break


def dis(pickle, out=None, memo=None, indentlevel=4):
    """Print a symbolic listing of the pickle to out (default stdout).

    Each line shows the offset, the opcode byte, the name (indented by the
    number of open marks), and the argument; opcodes that close a mark
    say where it was.  The stack and memo are simulated, and misuse is a
    ValueError raised after the offending line is printed.
    """
    import sys
    if out is None:
        out = sys.stdout
    if memo is None:
        memo = {}
    depth_marks = []        # offsets of the open marks
    sim = []                # simulated stack of StackObjects
    highest = -1
    indent = ' ' * indentlevel

    for op, arg, pos in genops(pickle):
        if pos is not None:
            out.write("%5d: " % pos)
        text = "%-4s %s%s" % (repr(op.code)[1:-1],
                              indent * len(depth_marks), op.name)
        highest = max(highest, op.proto)
        consumes = list(op.stack_before)
        produces = list(op.stack_after)
        problem = None
        note = None

        closes_mark = markobject in consumes or (
            op.name == 'POP' and sim and sim[-1] is markobject)
        if closes_mark:
            if depth_marks:
                where = depth_marks.pop()
                if where is None:
                    note = "(MARK at unknown opcode offset)"
                else:
                    note = "(MARK at %d)" % where
                while sim and sim[-1] is not markobject:
                    sim.pop()
                if sim:
                    sim.pop()
                if markobject in consumes:
                    consumes = consumes[:consumes.index(markobject)]
                else:
                    consumes = []
            else:
                problem = note = "no MARK exists on stack"

        if op.name in ('PUT', 'BINPUT', 'LONG_BINPUT'):
            if arg in memo:
                problem = "memo key %r already defined" % arg
            elif not sim:
                problem = "stack is empty -- can't store into memo"
            elif sim[-1] is markobject:
                problem = "can't store markobject in the memo"
            else:
                memo[arg] = sim[-1]
        elif op.name in ('GET', 'BINGET', 'LONG_BINGET'):
            if arg in memo:
                produces = [memo[arg]]
            else:
                problem = "memo key %r has never been stored into" % arg

        if arg is not None or note:
            text += ' ' * (10 - len(op.name))
            if arg is not None:
                text += ' ' + repr(arg)
            if note:
                text += ' ' + note
        out.write(text + '\n')
        if problem:
            raise ValueError(problem)

        if len(sim) < len(consumes):
            raise ValueError("tries to pop %d items from stack with only "
                             "%d items" % (len(consumes), len(sim)))
        if consumes:
            del sim[-len(consumes):]
        if markobject in produces:
            depth_marks.append(pos)
        sim.extend(produces)

    out.write("highest protocol among opcodes = %d\n" % highest)
    if sim:
        raise ValueError("stack not empty after STOP: %r" % sim)
