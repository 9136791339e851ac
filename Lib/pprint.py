"""Pretty-printing of Python data structures.

pprint() and pformat() lay out dicts, lists and tuples over several lines
when they do not fit the given width; dictionaries are shown with their
keys sorted.  saferepr() is a repr() that survives recursive structures;
isreadable() and isrecursive() report on the representation.

PrettyPrinter(indent=1, width=80, depth=None, stream=None) keeps the
options; its methods mirror the functions.
"""

import sys as _sys

try:
    from cStringIO import StringIO as _StringIO
except ImportError:
    from StringIO import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter"]

_commajoin = ", ".join
_id = id
_len = len
_type = type


def pprint(object, stream=None, indent=1, width=80, depth=None):
    """Print object nicely laid out to stream (sys.stdout by default)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None):
    """Return the text pprint() would print, without the final newline."""
    return PrettyPrinter(indent=indent, width=width,
                         depth=depth).pformat(object)


def saferepr(object):
    """repr() that shows recursive containers without looping."""
    return _safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True if eval() could rebuild object from saferepr(object)."""
    return _safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True if object contains itself."""
    return _safe_repr(object, {}, None, 0)[2]


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None):
        """Options: indent is the number of extra columns per nesting
        level; width the line length to aim for; depth how many levels
        to show before '...' (None for all); stream where pprint() writes
        (sys.stdout when None)."""
        indent = int(indent)
        width = int(width)
        assert indent >= 0, "indent must be >= 0"
        assert depth is None or depth > 0, "depth must be > 0"
        assert width, "width must be != 0"
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout

    def pprint(self, object):
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        sio = _StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        level = level + 1
        objid = _id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level - 1)
        typ = _type(object)
        fits = _len(rep) <= (self._width - 1 - indent - allowance)
        write = stream.write

        if not fits:
            r = getattr(typ, "__repr__", None)
            if issubclass(typ, dict) and r is dict.__repr__:
                self._format_dict(object, stream, indent, allowance,
                                  context, level)
                return
            if ((issubclass(typ, list) and r is list.__repr__) or
                (issubclass(typ, tuple) and r is tuple.__repr__)):
                self._format_sequence(object, issubclass(typ, list),
                                      stream, indent, allowance,
                                      context, level)
                return
        write(rep)

    def _format_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        step = self._indent_per_level
        if step > 1:
            write((step - 1) * ' ')
        if _len(object):
            objid = _id(object)
            context[objid] = 1
            indent = indent + step
            items = object.items()
            items.sort()
            first = True
            for key, ent in items:
                rep = self._repr(key, context, level)
                if first:
                    first = False
                else:
                    write(',\n%s' % (' ' * indent))
                write(rep)
                write(': ')
                self._format(ent, stream, indent + _len(rep) + 2,
                             allowance + 1, context, level)
            del context[objid]
        write('}')

    def _format_sequence(self, object, is_list, stream, indent, allowance,
                         context, level):
        write = stream.write
        if is_list:
            write('[')
            close = ']'
        else:
            write('(')
            close = ')'
        step = self._indent_per_level
        if step > 1:
            write((step - 1) * ' ')
        length = _len(object)
        if length:
            objid = _id(object)
            context[objid] = 1
            indent = indent + step
            first = True
            for ent in object:
                if first:
                    first = False
                else:
                    write(',\n' + ' ' * indent)
                self._format(ent, stream, indent, allowance + 1,
                             context, level)
            del context[objid]
            if not is_list and length == 1:
                write(',')
        write(close)

    def _repr(self, object, context, level):
        repr, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return repr

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for object; subclasses
        may override this to change how leaves are shown."""
        return _safe_repr(object, context, maxlevels, level)


# (text, readable, recursive) for object.  context maps id() of the
# containers being shown to 1, which is how recursion is noticed.

def _safe_repr(object, context, maxlevels, level):
    typ = _type(object)
    if typ is str:
        return repr(object), True, False

    r = getattr(typ, "__repr__", None)
    if issubclass(typ, dict) and r is dict.__repr__:
        if not object:
            return "{}", True, False
        objid = _id(object)
        if maxlevels and level > maxlevels:
            return "{...}", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        items = object.items()
        items.sort()
        for k, v in items:
            krepr, kreadable, krecur = _safe_repr(k, context, maxlevels, level)
            vrepr, vreadable, vrecur = _safe_repr(v, context, maxlevels, level)
            components.append("%s: %s" % (krepr, vrepr))
            readable = readable and kreadable and vreadable
            if krecur or vrecur:
                recursive = True
        del context[objid]
        return "{%s}" % _commajoin(components), readable, recursive

    if ((issubclass(typ, list) and r is list.__repr__) or
        (issubclass(typ, tuple) and r is tuple.__repr__)):
        if issubclass(typ, list):
            if not object:
                return "[]", True, False
            format = "[%s]"
        elif _len(object) == 1:
            format = "(%s,)"
        else:
            if not object:
                return "()", True, False
            format = "(%s)"
        objid = _id(object)
        if maxlevels and level > maxlevels:
            return format % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        for o in object:
            orepr, oreadable, orecur = _safe_repr(o, context, maxlevels, level)
            components.append(orepr)
            if not oreadable:
                readable = False
            if orecur:
                recursive = True
        del context[objid]
        return format % _commajoin(components), readable, recursive

    rep = repr(object)
    return rep, (rep and not rep.startswith('<')), False


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (_type(object).__name__, _id(object)))
