"""Look inside live objects: modules, classes, functions, code, frames.

Type predicates (ismodule, isclass, isfunction, ...), members and class
attributes (getmembers, classify_class_attrs, getmro), documentation
and source (getdoc, getcomments, getsource, getsourcelines, ...),
signatures (getargspec, formatargspec, getargvalues, ...) and the
interpreter stack (currentframe, stack, trace, getframeinfo, ...).

Source lookup goes through linecache; the module itself needs neither
os nor re to import, so it is usable in a sandbox.
"""

__author__ = 'written for this interpreter'

import sys
import types
import linecache

__all__ = ["ismodule", "isclass", "ismethod", "ismethoddescriptor",
           "isdatadescriptor", "isgetsetdescriptor", "ismemberdescriptor",
           "isfunction", "istraceback", "isframe", "iscode", "isbuiltin",
           "isroutine", "isgenerator", "getmembers", "classify_class_attrs",
           "getmro", "indentsize", "getdoc", "cleandoc", "getfile",
           "getmoduleinfo", "getmodulename", "getsourcefile", "getabsfile",
           "getmodule", "findsource", "getcomments", "getblock",
           "getsourcelines", "getsource", "walktree", "getclasstree",
           "getargs", "getargspec", "getargvalues", "joinseq", "strseq",
           "formatargspec", "formatargvalues", "getframeinfo",
           "getlineno", "getouterframes", "getinnerframes",
           "currentframe", "stack", "trace", "EndOfBlock", "BlockFinder"]

# Flags of code objects (co_flags).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40

# ---------------------------------------------------------- type predicates


def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes, classic or new-style."""
    return isinstance(object, (type, types.ClassType)) or \
        hasattr(object, '__bases__')


def ismethod(object):
    """True for bound and unbound methods (im_class, im_func, im_self)."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """True for objects with __get__ but no __set__ that are not methods,
    functions or classes, such as int.__add__."""
    return (hasattr(object, '__get__') and
            not hasattr(object, '__set__') and
            not ismethod(object) and
            not isfunction(object) and
            not isclass(object))


def isdatadescriptor(object):
    """True for objects that define both __get__ and __set__ (properties,
    getsets, members)."""
    return hasattr(object, '__set__') and hasattr(object, '__get__')


if hasattr(types, 'MemberDescriptorType'):
    def ismemberdescriptor(object):
        """True for descriptors of __slots__ / C struct members."""
        return isinstance(object, types.MemberDescriptorType)
else:
    def ismemberdescriptor(object):
        """True for descriptors of __slots__ / C struct members."""
        return False

if hasattr(types, 'GetSetDescriptorType'):
    def isgetsetdescriptor(object):
        """True for getset descriptors of extension types."""
        return isinstance(object, types.GetSetDescriptorType)
else:
    def isgetsetdescriptor(object):
        """True for getset descriptors of extension types."""
        return False


def isfunction(object):
    """True for user-defined functions (including lambdas)."""
    return isinstance(object, types.FunctionType)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for built-in functions and bound built-in methods."""
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))

# ------------------------------------------------------------- members


def getmembers(object, predicate=None):
    """Return all (name, value) members of object, sorted by name,
    keeping only those for which predicate(value) is true if given."""
    found = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((key, value))
    found.sort()
    return found


def _class_namespace(cls):
    try:
        return cls.__dict__
    except AttributeError:
        return {}


def classify_class_attrs(cls):
    """Return a list of (name, kind, defining class, object) for every
    attribute of cls, kind being 'class method', 'static method',
    'property', 'method' or 'data'."""
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        raw = None
        owner = None
        for base in mro:
            ns = _class_namespace(base)
            if name in ns:
                raw = ns[name]
                owner = base
                break
        if owner is None:
            value = getattr(cls, name)
            owner = getattr(value, '__objclass__', None)
            raw = value
        else:
            value = getattr(cls, name, raw)
        if isinstance(raw, staticmethod):
            kind = 'static method'
        elif isinstance(raw, classmethod):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif ismethod(value) or ismethoddescriptor(value) or \
             isfunction(raw):
            kind = 'method'
        else:
            kind = 'data'
        result.append((name, kind, owner, raw))
    return result


def _classic_mro(cls, out):
    if cls in out:
        return
    out.append(cls)
    for base in cls.__bases__:
        _classic_mro(base, out)


def getmro(cls):
    """Return the tuple of cls and its bases in method resolution order.
    For classic classes that is a depth-first, left-to-right walk with
    each class listed once."""
    mro = getattr(cls, '__mro__', None)
    if mro is not None and isinstance(cls, type):
        return mro
    out = []
    _classic_mro(cls, out)
    return tuple(out)

# ------------------------------------------------------------ documentation


def indentsize(line):
    """Return the number of columns of indentation of line (tabs to 8)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getdoc(object):
    """Return the docstring of object, cleaned up by cleandoc(), or None."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, types.StringTypes):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Clean up indentation of a docstring: tabs are expanded, the
    common indentation of the second and later lines is removed, and
    blank lines at the start and end are dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        body = line.lstrip()
        if body:
            width = len(line) - len(body)
            if margin is None or width < margin:
                margin = width
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)

# ------------------------------------------------------------- files


def getfile(object):
    """Return the name of the file object was defined in."""
    if ismodule(object):
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('arg is a built-in module')
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if module is not None and hasattr(module, '__file__'):
            return module.__file__
        raise TypeError('arg is a built-in class')
    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('arg is not a module, class, method, '
                    'function, traceback, frame, or code object')


def _suffixes():
    try:
        import imp
        return imp.get_suffixes()
    except (ImportError, AttributeError):
        return [('.py', 'U', 1), ('.pyc', 'rb', 2)]


def _basename(path):
    for sep in ('/', '\\'):
        if sep in path:
            path = path[path.rindex(sep) + 1:]
    return path


def getmoduleinfo(path):
    """Return (name, suffix, mode, module type) for a file name that
    looks like a module, else None."""
    filename = _basename(path)
    best = None
    for suffix, mode, mtype in _suffixes():
        if filename.endswith(suffix) and len(filename) > len(suffix):
            if best is None or len(suffix) > len(best[1]):
                best = (filename[:-len(suffix)], suffix, mode, mtype)
    return best


def getmodulename(path):
    """Return the module name a file name implies, or None."""
    info = getmoduleinfo(path)
    if info:
        return info[0]
    return None


def _file_exists(path):
    try:
        import os
    except ImportError:
        return False
    return os.path.exists(path)


def getsourcefile(object):
    """Return the Python source file object came from, or None."""
    filename = getfile(object)
    lower = filename.lower()
    if lower.endswith('.pyc') or lower.endswith('.pyo'):
        filename = filename[:-4] + '.py'
    for suffix, mode, kind in _suffixes():
        if 'b' in mode and lower.endswith(suffix):
            return None
    if _file_exists(filename):
        return filename
    # Sources that exist only inside a loader or in linecache's memory.
    if filename in linecache.cache:
        return filename
    module = getmodule(object, filename)
    if module is not None and hasattr(module, '__loader__'):
        return filename
    return None


def getabsfile(object, _filename=None):
    """Return an absolute, normalised path to the source (or compiled)
    file of object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    try:
        import os
    except ImportError:
        return _filename
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """Return the module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            return None
    try:
        wanted = getabsfile(object, _filename)
    except TypeError:
        return None
    for module in sys.modules.values():
        if ismodule(module) and hasattr(module, '__file__'):
            try:
                f = getabsfile(module)
            except TypeError:
                continue
            if f == wanted:
                return module
    main = sys.modules.get('__main__')
    if main is not None and hasattr(object, '__name__'):
        if getattr(main, object.__name__, None) is object:
            return main
    builtin = sys.modules.get('__builtin__')
    if builtin is not None and hasattr(object, '__name__'):
        if getattr(builtin, object.__name__, None) is object:
            return builtin
    return None

# ------------------------------------------------------------- source


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _looks_like_def(line):
    """Does this line start a def, a decorator, or contain a lambda?"""
    body = line.lstrip()
    if body.startswith('@'):
        return True
    if body.startswith('def') and body[3:4] in (' ', '\t'):
        return True
    start = 0
    while 1:
        k = line.find('lambda', start)
        if k < 0:
            return False
        before_ok = k == 0 or not _is_word_char(line[k - 1])
        after = line[k + 6:k + 7]
        if before_ok and after in (':', ' ', '\t', '\n', '\r', '\f'):
            return True
        start = k + 1


def _class_line_indent(line, name):
    """If line opens 'class NAME' (NAME followed by a non-word char),
    return its indentation string, else None."""
    body = line.lstrip()
    if not body.startswith('class'):
        return None
    rest = body[5:].lstrip()
    if not rest.startswith(name):
        return None
    after = rest[len(name):len(name) + 1]
    if after and _is_word_char(after):
        return None
    return line[:len(line) - len(body)]


def findsource(object):
    """Return (all lines of the source file, index of the first line of
    object).  Raises IOError if the source cannot be found."""
    filename = getsourcefile(object) or getfile(object)
    module = getmodule(object, filename)
    if module is not None:
        lines = linecache.getlines(filename, module.__dict__)
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise IOError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        name = object.__name__
        found = []
        for i in range(len(lines)):
            indent = _class_line_indent(lines[i], name)
            if indent is None:
                continue
            if indent == '':
                return lines, i
            found.append((len(indent), i))
        if found:
            found.sort()
            return lines, found[0][1]
        raise IOError('could not find class definition')

    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise IOError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            lnum = len(lines) - 1
        while lnum > 0:
            if _looks_like_def(lines[lnum]):
                break
            lnum -= 1
        return lines, lnum
    raise IOError('could not find code object')


def getcomments(object):
    """Return the block of comment lines just above object's source (or
    at the top of a module's file), or None."""
    try:
        lines, lnum = findsource(object)
    except (IOError, TypeError):
        return None

    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None

    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and \
           indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments.insert(0, comment)
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments.pop(0)
            while comments and comments[-1].strip() == '#':
                comments.pop()
            return ''.join(comments)
    return None


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Token eater that finds where the block starting at the first
    token ends (for def, class and lambda)."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.last = 1

    def tokeneater(self, type, token, start, end, line):
        import tokenize
        srow = start[0]
        if not self.started:
            # The block begins at its first name (def, class, lambda or
            # a decorator's @).
            if token in ('def', 'class', 'lambda'):
                if token == 'lambda':
                    self.islambda = True
                self.started = True
            self.passline = True
        elif type == tokenize.NEWLINE:
            self.passline = False
            self.last = srow
            if self.islambda:
                raise EndOfBlock
        elif self.passline:
            pass
        elif type == tokenize.INDENT:
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif self.indent == 0 and type not in (tokenize.COMMENT,
                                               tokenize.NL):
            # A one-line body ends as soon as another statement starts.
            raise EndOfBlock


def getblock(lines):
    """Return the lines of the block at the top of lines."""
    import tokenize
    finder = BlockFinder()
    feed = iter(lines).next
    try:
        tokenize.tokenize(feed, finder.tokeneater)
    except (EndOfBlock, IndentationError):
        pass
    except tokenize.TokenError:
        pass
    return lines[:finder.last]


def getsourcelines(object):
    """Return (list of source lines of object, its first line number).
    A module's whole source comes back with line number 0."""
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """Return the source text of object as one string."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)

# ------------------------------------------------------------ class trees


def walktree(classes, children, parent):
    result = []
    classes = list(classes)
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        result.append((c, c.__bases__))
        if c in children:
            result.append(walktree(children[c], children, c))
    return result


def getclasstree(classes, unique=0):
    """Arrange classes into nested lists of (class, bases) tuples that
    reflect their inheritance.  With unique true each class appears
    once even with several listed bases."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)

# ------------------------------------------------------------ arguments


def _unpack_targets(code, pos, names):
    """Read the UNPACK_SEQUENCE / STORE_FAST sequence at pos that fills
    an anonymous tuple argument; return (nested name list, new pos)."""
    import dis
    op = ord(code[pos])
    if op != dis.opmap['UNPACK_SEQUENCE']:
        raise ValueError('unexpected bytecode in tuple argument')
    count = ord(code[pos + 1]) | (ord(code[pos + 2]) << 8)
    pos += 3
    result = []
    for k in range(count):
        op = ord(code[pos])
        if op == dis.opmap['STORE_FAST']:
            arg = ord(code[pos + 1]) | (ord(code[pos + 2]) << 8)
            result.append(names[arg])
            pos += 3
        else:
            sub, pos = _unpack_targets(code, pos, names)
            result.append(sub)
    return result, pos


def getargs(co):
    """Return (args, varargs name or None, varkw name or None) for a code
    object.  Anonymous tuple arguments come back as nested lists."""
    if not iscode(co):
        raise TypeError('arg is not a code object')
    nargs = co.co_argcount
    names = co.co_varnames
    args = list(names[:nargs])
    code = co.co_code
    # Tuple arguments are named '.N' and unpacked by the first
    # instructions of the body: LOAD_FAST n, UNPACK_SEQUENCE k, STORE_FAST..
    pos = 0
    for i in range(nargs):
        if args[i][:1] in ('', '.'):
            import dis
            while pos < len(code):
                op = ord(code[pos])
                if op == dis.opmap['LOAD_FAST']:
                    arg = ord(code[pos + 1]) | (ord(code[pos + 2]) << 8)
                    pos += 3
                    if arg == i:
                        break
                elif op >= dis.HAVE_ARGUMENT:
                    pos += 3
                else:
                    pos += 1
            args[i], pos = _unpack_targets(code, pos, names)
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return args, varargs, varkw


def getargspec(func):
    """Return (args, varargs, varkw, defaults) of a Python function or
    method."""
    if ismethod(func):
        func = func.im_func
    if not isfunction(func):
        raise TypeError('arg is not a Python function')
    args, varargs, varkw = getargs(func.func_code)
    return args, varargs, varkw, func.func_defaults


def getargvalues(frame):
    """Return (args, varargs, varkw, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return args, varargs, varkw, frame.f_locals


def joinseq(seq):
    if len(seq) == 1:
        return '(' + seq[0] + ',)'
    return '(' + ', '.join(seq) + ')'


def strseq(object, convert, join=joinseq):
    """Apply convert to each leaf of a nested sequence and join."""
    if type(object) in (list, tuple):
        return join([strseq(x, convert, join) for x in object])
    return convert(object)


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  formatarg=str,
                  formatvarargs=lambda name: '*' + name,
                  formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value),
                  join=joinseq):
    """Format the result of getargspec() as '(a, b=1, *c, **d)'."""
    parts = []
    first_default = len(args)
    if defaults:
        first_default = len(args) - len(defaults)
    for i in range(len(args)):
        text = strseq(args[i], formatarg, join)
        if defaults and i >= first_default:
            text = text + formatvalue(defaults[i - first_default])
        parts.append(text)
    if varargs is not None:
        parts.append(formatvarargs(varargs))
    if varkw is not None:
        parts.append(formatvarkw(varkw))
    return '(' + ', '.join(parts) + ')'


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value),
                    join=joinseq):
    """Format the result of getargvalues() as '(a=1, *c=(), ...)'."""
    def convert(name, locals=locals, formatarg=formatarg,
                formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    parts = [strseq(arg, convert, join) for arg in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'

# ------------------------------------------------------------ the stack


def getlineno(frame):
    """Return the line number the frame is executing."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Return (filename, line number, function name, context lines,
    index of the current line within them) for a frame or traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('arg is not a frame or traceback object')
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except IOError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return (filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """Return [(frame, filename, lineno, function, lines, index), ...]
    from frame outwards."""
    result = []
    while frame is not None:
        result.append((frame,) + getframeinfo(frame, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """Return the same records for the frames of a traceback, from its
    frame inwards to where the exception was raised."""
    result = []
    while tb is not None:
        result.append((tb.tb_frame,) + getframeinfo(tb, context))
        tb = tb.tb_next
    return result


def currentframe():
    """Return the frame of the caller."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    return getframe(1)


def stack(context=1):
    """Return the records of the caller's frame and all frames above."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return the records between the current frame and where the
    exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
