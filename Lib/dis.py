"""Disassembler of Python bytecode into a readable listing.

dis(x) prints the bytecode of a function, method, code object, class
(each of its methods) or module; with no argument, the innermost frame
of the last traceback.  The opcode tables of the opcode module are
re-exported here.
"""

import sys
import types

from opcode import *
from opcode import __all__ as _opcode_all

__all__ = ["dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels"] + _opcode_all
del _opcode_all

_CONTAINER_TYPES = (types.MethodType, types.FunctionType, types.CodeType,
                    types.ClassType, type)


def dis(x=None):
    """Print the disassembly of x (see the module docstring)."""
    if x is None:
        distb()
        return
    if type(x) is types.InstanceType:
        x = x.__class__
    if hasattr(x, 'im_func'):
        x = x.im_func
    if hasattr(x, 'func_code'):
        x = x.func_code
    if hasattr(x, '__dict__'):
        members = x.__dict__.items()
        members.sort()
        for name, member in members:
            if isinstance(member, _CONTAINER_TYPES):
                print "Disassembly of %s:" % name
                try:
                    dis(member)
                except TypeError, msg:
                    print "Sorry:", msg
                print
    elif hasattr(x, 'co_code'):
        disassemble(x)
    elif isinstance(x, str):
        disassemble_string(x)
    else:
        raise TypeError, \
              "don't know how to disassemble %s objects" % type(x).__name__


def distb(tb=None):
    """Disassemble the innermost frame of a traceback (default: the last
    one), marking the instruction that raised."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError, "no last traceback to disassemble"
    while tb.tb_next is not None:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti)


def _instructions(code):
    """Yield (offset, opcode, argument or None, offset of next) for each
    instruction of the byte string code, folding EXTENDED_ARG prefixes
    into the argument of the instruction they precede."""
    n = len(code)
    i = 0
    high = 0
    while i < n:
        start = i
        op = ord(code[i])
        i += 1
        if op >= HAVE_ARGUMENT:
            if i + 1 < n:
                arg = ord(code[i]) | (ord(code[i + 1]) << 8)
            else:
                arg = 0
            i += 2
            arg = arg | high
            high = 0
            if op == EXTENDED_ARG:
                high = arg << 16
            yield start, op, arg, i
        else:
            yield start, op, None, i


def _describe(op, arg, next_offset, co, varnames, names, constants):
    """The parenthesised meaning of an argument, or ''."""
    if op in hasconst:
        if constants is not None:
            return '(' + repr(constants[arg]) + ')'
        return '(%d)' % arg
    if op in hasname:
        if names is not None:
            return '(' + names[arg] + ')'
        return '(%d)' % arg
    if op in hasjrel:
        return '(to ' + repr(next_offset + arg) + ')'
    if op in haslocal:
        if varnames is not None:
            return '(' + varnames[arg] + ')'
        return '(%d)' % arg
    if op in hascompare:
        return '(' + cmp_op[arg] + ')'
    if op in hasfree and co is not None:
        free = co.co_cellvars + co.co_freevars
        return '(' + free[arg] + ')'
    return ''


def _listing(code, lasti, linestarts, co, varnames, names, constants):
    labels = findlabels(code)
    write = sys.stdout.write
    for offset, op, arg, nxt in _instructions(code):
        if linestarts is not None:
            if offset in linestarts:
                if offset > 0:
                    write('\n')
                head = '%3d' % linestarts[offset]
            else:
                head = '   '
            head += ' '
        else:
            head = ''
        if offset == lasti:
            head += '--> '
        else:
            head += '    '
        if offset in labels:
            head += '>> '
        else:
            head += '   '
        text = head + repr(offset).rjust(4) + ' ' + opname[op].ljust(20)
        if arg is not None:
            text += ' ' + repr(arg).rjust(5)
            meaning = _describe(op, arg, nxt, co, varnames, names, constants)
            if meaning:
                text += ' ' + meaning
        write(text + '\n')


def disassemble(co, lasti=-1):
    """Print the listing of a code object; lasti marks an instruction."""
    starts = dict(findlinestarts(co))
    _listing(co.co_code, lasti, starts, co, co.co_varnames, co.co_names,
             co.co_consts)

disco = disassemble


def disassemble_string(code, lasti=-1, varnames=None, names=None,
                       constants=None):
    """Print the listing of raw bytecode, with optional name tables."""
    _listing(code, lasti, None, None, varnames, names, constants)


def findlabels(code):
    """Return the offsets in the bytecode string that are jump targets."""
    labels = []
    for offset, op, arg, nxt in _instructions(code):
        if arg is None:
            continue
        if op in hasjrel:
            target = nxt + arg
        elif op in hasjabs:
            target = arg
        else:
            continue
        if target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Yield (offset, line number) for each offset where a new source
    line starts, decoded from co_lnotab."""
    table = code.co_lnotab
    line = code.co_firstlineno
    offset = 0
    last_line = None
    for k in range(0, len(table) - 1, 2):
        step = ord(table[k])
        line_step = ord(table[k + 1])
        if step:
            if line != last_line:
                yield (offset, line)
                last_line = line
            offset += step
        line += line_step
    if line != last_line:
        yield (offset, line)


def _test():
    """Disassemble a file given on the command line (or stdin)."""
    if sys.argv[1:]:
        name = sys.argv[1]
        f = open(name)
    else:
        name = '<stdin>'
        f = sys.stdin
    source = f.read()
    if f is not sys.stdin:
        f.close()
    dis(compile(source, name, 'exec'))

if __name__ == '__main__':
    _test()
