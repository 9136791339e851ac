"""Run the interactive examples found in docstrings and text files, and
check that they produce the output shown.

In its simplest use, end a module with

    def _test():
        import doctest
        doctest.testmod()

    if __name__ == "__main__":
        _test()

and every example of the form

    >>> 1 + 1
    2

in the module's docstrings is run and checked; failures are reported
with the example, the expected and the actual output.  Run the module
with -v to see every example as it is tried.

Options (ELLIPSIS, NORMALIZE_WHITESPACE, ...) may be given to the
functions here or per example with a '# doctest: +OPTION' comment.
The pieces (DocTestParser, DocTestFinder, DocTestRunner,
OutputChecker) can be used separately, and DocTestSuite/DocFileSuite
wrap doctests as unittest test cases.
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
]

import __future__

import sys
import traceback
import inspect
import linecache
from StringIO import StringIO

try:
    import unittest
except ImportError:
    unittest = None

# ------------------------------------------------------------ option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Create (or look up) the option flag called name."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]

DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ------------------------------------------------------------ text helpers


def _indent(s, indent=4):
    """Indent every non-empty line of s."""
    pad = ' ' * indent
    return '\n'.join([line and pad + line for line in s.split('\n')])


def _exception_traceback(exc_info):
    """The traceback of exc_info, as print_exception() prints it."""
    buf = StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=buf)
    return buf.getvalue()


def _blank_lines_to(text, replacement):
    """Replace every line made only of whitespace by replacement."""
    lines = text.split('\n')
    # The piece after a final newline is not a line.
    last = len(lines) - 1
    for i in range(last):
        if not lines[i].strip():
            lines[i] = replacement
    return '\n'.join(lines)


def _drop_blankline_markers(text):
    lines = text.split('\n')
    for i in range(len(lines)):
        line = lines[i]
        if line.startswith(BLANKLINE_MARKER) and \
           not line[len(BLANKLINE_MARKER):].strip():
            lines[i] = ''
    return '\n'.join(lines)


def _ellipsis_match(want, got):
    """Does got match want, where '...' in want matches any text?"""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    lo, hi = 0, len(got)
    # The first and last pieces are anchored at the ends.
    if not got.startswith(first):
        return False
    lo = len(first)
    if not got.endswith(last):
        return False
    hi -= len(last)
    if lo > hi:
        return False
    # The pieces in between are matched leftmost, which is never worse.
    for piece in pieces[1:-1]:
        found = got.find(piece, lo, hi)
        if found < 0:
            return False
        lo = found + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


def _extract_future_flags(globs):
    """Compiler flags of the __future__ features imported in globs."""
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name, None)
        if feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module object from a module, a module name, or None (the
    caller's caller's module)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, (str, unicode)):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, path):
    import os
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module " +
                         module + " (it has no __file__)")
    return os.path.join(basedir, *(path.split('/')))


def _load_testfile(filename, package, module_relative):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
    f = open(filename)
    try:
        return f.read(), filename
    finally:
        f.close()


class _SpoofOut(StringIO):
    """Where examples' output goes: its value always ends in a newline
    and truncating it also forgets print's soft space."""

    def getvalue(self):
        result = StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        if hasattr(self, "softspace"):
            del self.softspace
        return result

    def truncate(self, size=None):
        StringIO.truncate(self, size)
        if hasattr(self, "softspace"):
            del self.softspace

# ------------------------------------------------------------ examples


class Example:
    """One interactive example: its source, the output wanted, and the
    last line of the exception wanted (exc_msg) if it should raise.

    lineno is the example's line within its docstring (from 0), indent
    its indentation there, options a dict {flag: True/False} of its
    option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg


class DocTest:
    """The examples of one docstring, with the namespace they run in
    (globs), a name, and where they come from (filename, lineno of the
    docstring in the file, or None if unknown)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, basestring), \
               "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            examples = 'no examples'
        elif n == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % n
        return ('<DocTest %s from %s:%s (%s)>' %
                (self.name, self.filename, self.lineno, examples))

    def __cmp__(self, other):
        if not isinstance(other, DocTest):
            return -1
        return cmp((self.name, self.filename, self.lineno, id(self)),
                   (other.name, other.filename, other.lineno, id(other)))

# ------------------------------------------------------------ parsing


def _is_ps1(stripped):
    return stripped.startswith('>>>')


def _is_ps2(stripped):
    return stripped.startswith('...')


def _min_indent(lines):
    """The least indentation of the non-blank lines."""
    least = None
    for line in lines:
        body = line.lstrip(' ')
        if body.strip():
            width = len(line) - len(body)
            if least is None or width < least:
                least = width
    return least or 0


class DocTestParser:
    """Extract examples from a docstring."""

    def parse(self, string, name='<string>'):
        """Split string into a list alternating between the text between
        examples and Example objects."""
        string = string.expandtabs()
        lines = string.split('\n')
        margin = _min_indent(lines)
        if margin > 0:
            lines = [line[margin:] for line in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            body = line.lstrip(' ')
            if not _is_ps1(body):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(body)
            start = i
            source_lines = [line]
            i += 1
            while i < n and _is_ps2(lines[i].lstrip(' ')):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n:
                body = lines[i].lstrip(' ')
                if not body or _is_ps1(body):
                    break
                want_lines.append(lines[i])
                i += 1
            output.append(''.join([t + '\n' for t in text]))
            text = []
            output.append(self._make_example(source_lines, want_lines,
                                             indent, name, start))
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """Return a DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """Return the list of Examples in string."""
        return [x for x in self.parse(string, name)
                if isinstance(x, Example)]

    def _make_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name,
                           lineno)
        source = '\n'.join([line[indent + 4:] for line in source_lines])
        self._check_prefix(want_lines, ' ' * indent, name,
                           lineno + len(source_lines))
        want = '\n'.join([line[indent:] for line in want_lines])
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        return Example(source, want, exc_msg, lineno=lineno,
                       indent=indent, options=options)

    def _exception_message(self, want):
        """If want is a traceback, return what follows its stack: the
        text from the first line that starts with a word character."""
        lines = want.split('\n')
        head = lines[0].rstrip()
        if head not in ('Traceback (most recent call last):',
                        'Traceback (innermost last):'):
            return None
        for k in range(1, len(lines)):
            first = lines[k][:1]
            if first and (first.isalnum() or first == '_'):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        """Read '# doctest: +FLAG, -FLAG' directives in source."""
        options = {}
        found_directive = False
        for line in source.split('\n'):
            k = line.find('#')
            while k >= 0:
                rest = line[k + 1:].lstrip()
                if rest.startswith('doctest:'):
                    spec = rest[len('doctest:'):]
                    if "'" in spec or '"' in spec:
                        k = line.find('#', k + 1)
                        continue
                    found_directive = True
                    for option in spec.replace(',', ' ').split():
                        if option[:1] not in '+-' or \
                           option[1:] not in OPTIONFLAGS_BY_NAME:
                            raise ValueError('line %r of the doctest for %s '
                                             'has an invalid option: %r' %
                                             (lineno + 1, name, option))
                        flag = OPTIONFLAGS_BY_NAME[option[1:]]
                        options[flag] = (option[0] == '+')
                    break
                k = line.find('#', k + 1)
        if found_directive and options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _is_blank_or_comment(self, source):
        for line in source.split('\n'):
            body = line.strip()
            if body and not body.startswith('#'):
                return False
        return True

    def _check_prompt_blank(self, lines, indent, name, lineno):
        """Every prompt must be followed by a space (or end the line)."""
        for i in range(len(lines)):
            line = lines[i]
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i in range(len(lines)):
            line = lines[i]
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))

# ------------------------------------------------------------ finding


def _line_opens_string(line):
    """Does line contain a string literal opening, either at its start
    or after a colon (as a docstring would)?"""
    for k in range(len(line)):
        if line[k] not in '\'"':
            continue
        head = line[:k]
        j = len(head)
        while j > 0 and (head[j - 1].isalnum() or head[j - 1] == '_'):
            j -= 1
        head = head[:j].rstrip()
        if head == '' or head.endswith(':'):
            return True
    return False


class DocTestFinder:
    """Find the DocTests of an object: its docstring and, recursively,
    those of the functions, classes, methods and __test__ entries it
    contains."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, _namefilter=None, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty
        self._namefilter = _namefilter

    def find(self, obj, name=None, module=None, globs=None,
             extraglobs=None):
        """Return the sorted list of DocTests for obj.

        module (default: inspect.getmodule(obj); False for none) decides
        which contained objects belong and supplies the globals (a copy
        of its __dict__) unless globs is given; extraglobs are added."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        try:
            filename = inspect.getsourcefile(obj) or inspect.getfile(obj)
            source_lines = linecache.getlines(filename)
            if not source_lines:
                source_lines = None
        except TypeError:
            source_lines = None

        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _filter(self, obj, prefix, base):
        return (self._namefilter is not None and
                self._namefilter(prefix, base))

    def _from_module(self, module, object):
        """Was object defined in module?"""
        if module is None:
            return True
        if inspect.isfunction(object):
            return module.__dict__ is object.func_globals
        if inspect.isclass(object):
            return module.__name__ == object.__module__
        if inspect.getmodule(object) is not None:
            return module is inspect.getmodule(object)
        if hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        if isinstance(object, property):
            return True
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print 'Finding tests in %s' % name
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)

        if inspect.ismodule(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                if self._filter(val, name, valname):
                    continue
                if (inspect.isfunction(val) or inspect.isclass(val)) and \
                   self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname),
                               module, source_lines, globs, seen)

        if inspect.ismodule(obj) and self._recurse:
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, basestring):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (inspect.isfunction(val) or inspect.isclass(val) or
                        inspect.ismethod(val) or inspect.ismodule(val) or
                        isinstance(val, basestring)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" %
                                     (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname),
                           module, source_lines, globs, seen)

        if inspect.isclass(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                if self._filter(val, name, valname):
                    continue
                if isinstance(val, staticmethod):
                    val = getattr(obj, valname)
                if isinstance(val, classmethod):
                    val = getattr(obj, valname).im_func
                if (inspect.isfunction(val) or inspect.isclass(val) or
                    isinstance(val, property)) and \
                   self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname),
                               module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, basestring):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, basestring):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', module.__name__)
            if filename[-4:] in (".pyc", ".pyo"):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        """The line (from 0) of obj's docstring in source_lines, or
        None."""
        lineno = None
        if inspect.ismodule(obj):
            lineno = 0
        if inspect.isclass(obj):
            if source_lines is None:
                return None
            name = obj.__name__
            for i in range(len(source_lines)):
                body = source_lines[i].lstrip()
                if body.startswith('class'):
                    rest = body[5:].lstrip()
                    if rest.startswith(name):
                        after = rest[len(name):len(name) + 1]
                        if not (after.isalnum() or after == '_'):
                            lineno = i
                            break
        if inspect.ismethod(obj):
            obj = obj.im_func
        if inspect.isfunction(obj):
            obj = obj.func_code
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = getattr(obj, 'co_firstlineno', None) - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for k in range(lineno, len(source_lines)):
                if _line_opens_string(source_lines[k]):
                    return k
        return None

# ------------------------------------------------------------ checking


class OutputChecker:
    """Decide whether actual output matches the expected output, under
    the option flags, and describe the difference when it does not."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = _drop_blankline_markers(want)
            got = _blank_lines_to(got, '')
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # Diffs of one- or two-line outputs are harder to read than the
        # outputs themselves.
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """Describe how got differs from example.want."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = _blank_lines_to(got, BLANKLINE_MARKER)

        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines,
                                                 n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines,
                                                 n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))

        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'

# ------------------------------------------------------------ running


class DocTestRunner:
    """Run DocTests and report the results.

    run(test) runs the examples of one DocTest in its globals and
    returns (failures, tries); summarize() prints totals over every test
    run.  Output goes through the report_* methods, which subclasses
    may override.  verbose (default: '-v' in sys.argv) reports every
    example tried, not just failures."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # Reporting.

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            lines.append('File "%s", line %s, in %s' %
                         (test.filename, lineno, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # Running.

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        quiet = False
        for number in range(len(test.examples)):
            example = test.examples[number]
            quiet = quiet or (self.optionflags & REPORT_ONLY_FIRST_FAILURE
                              and failures > 0)
            self.optionflags = base_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, number)
            exc_info = None
            try:
                code = compile(example.source, filename, "single",
                               compileflags, 1)
                exec code in test.globs
            except KeyboardInterrupt:
                raise
            except:
                exc_info = sys.exc_info()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            check = self._checker.check_output
            flags = self.optionflags
            outcome = 'failure'
            if exc_info is None:
                if check(example.want, got, flags):
                    outcome = 'success'
            else:
                exc_msg = traceback.format_exception_only(
                    *exc_info[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is None:
                    outcome = 'boom'
                elif check(example.exc_msg, exc_msg, flags):
                    outcome = 'success'
                elif flags & IGNORE_EXCEPTION_DETAIL:
                    # Compare only the exception type (up to the colon).
                    k1 = example.exc_msg.find(':')
                    k2 = exc_msg.find(':')
                    if k1 >= 0 and k2 >= 0 and \
                       check(example.exc_msg[:k1 + 1], exc_msg[:k2 + 1],
                             flags):
                        outcome = 'success'

            if outcome == 'success':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == 'failure':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exc_info)
                failures += 1
        self.optionflags = base_flags
        self._record_outcome(test, failures, tries)
        return failures, tries

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def _source_lines_for(self, test, original):
        """A linecache.getlines replacement that knows the sources of the
        examples being run, so tracebacks can show them."""
        prefix = '<doctest %s[' % test.name

        def getlines(filename, module_globals=None):
            if filename.startswith(prefix) and filename.endswith(']>'):
                number = filename[len(prefix):-2]
                if number.isdigit() and int(number) < len(test.examples):
                    source = test.examples[int(number)].source
                    return source.splitlines(True)
            if module_globals is None:
                return original(filename)
            return original(filename, module_globals)
        return getlines

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test with stdout captured; write reports
        with out (default sys.stdout.write).  Returns (failures, tries).
        The test's globals are cleared afterwards if clear_globs."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        sys.stdout = self._fakeout
        saved_getlines = linecache.getlines
        linecache.getlines = self._source_lines_for(test, saved_getlines)
        saved_displayhook = getattr(sys, 'displayhook', None)
        if getattr(sys, '__displayhook__', None) is not None:
            sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            linecache.getlines = saved_getlines
            if saved_displayhook is not None:
                sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Print a summary of every test run by this runner; return
        (failures, tries)."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print len(notests), "items had no tests:"
                notests.sort()
                for name in notests:
                    print "   ", name
            if passed:
                print len(passed), "items passed all tests:"
                passed.sort()
                for name, count in passed:
                    print " %3d tests in %s" % (count, name)
        if failed:
            print self.DIVIDER
            print len(failed), "items had failures:"
            failed.sort()
            for name, (f, t) in failed:
                print " %3d of %3d in %s" % (f, t, name)
        if verbose:
            print totalt, "tests in", len(self._name2ft), "items."
            print totalt - totalf, "passed and", totalf, "failed."
        if totalf:
            print "***Test Failed***", totalf, "failures."
        elif verbose:
            print "Test passed."
        return totalf, totalt

    def merge(self, other):
        """Add the results of another runner to this one's."""
        table = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in table:
                f2, t2 = table[name]
                f = f + f2
                t = t + t2
            table[name] = f, t


class DocTestFailure(Exception):
    """An example's output did not match (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised unexpectedly (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising
    DocTestFailure or UnexpectedException, leaving the globals in place
    for post-mortem inspection."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

# ------------------------------------------------------------ front ends

# The runner of the first testmod()/testfile() call; later calls merge
# their results into it.
master = None


def testmod(m=None, name=None, globs=None, verbose=None, isprivate=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (default
    __main__) and of the objects it defines; return (failures, tries).

    name defaults to m.__name__; globs/extraglobs set the namespace;
    verbose prints every example; report prints a summary at the end;
    optionflags apply to every example; raise_on_error stops at the
    first problem with an exception."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return runner.failures, runner.tries


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Test the examples in a text file; return (failures, tries).

    With module_relative (the default) filename is a '/'-separated path
    relative to the calling module's directory (or package's);
    otherwise it is an ordinary path.  name defaults to the file's base
    name; the other arguments are as for testmod()."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, filename = _load_testfile(filename, package, module_relative)
    if name is None:
        name = filename[filename.rfind('/') + 1:]
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    if encoding is not None:
        text = text.decode(encoding)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return runner.failures, runner.tries


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in the docstring of f (not recursing) with the
    given globals."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)

# ------------------------------------------------------------ unittest

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none of
    their own; return the old value."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


if unittest is not None:
    class DocTestCase(unittest.TestCase):
        """A unittest test case that runs one DocTest."""

        def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                     checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_test = test
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            if self._dt_setUp is not None:
                self._dt_setUp(self._dt_test)

        def tearDown(self):
            test = self._dt_test
            if self._dt_tearDown is not None:
                self._dt_tearDown(test)
            test.globs.clear()

        def runTest(self):
            test = self._dt_test
            saved = sys.stdout
            buf = StringIO()
            flags = self._dt_optionflags
            if not (flags & REPORTING_FLAGS):
                flags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=flags,
                                   checker=self._dt_checker, verbose=False)
            try:
                runner.DIVIDER = "-" * 70
                failures, tries = runner.run(test, out=buf.write,
                                             clear_globs=False)
            finally:
                sys.stdout = saved
            if failures:
                raise self.failureException(
                    self.format_failure(buf.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            if test.lineno is None:
                lineno = 'unknown line number'
            else:
                lineno = '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n'
                    '  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err))

        def debug(self):
            """Run the test raising DocTestFailure/UnexpectedException at
            the first problem."""
            self.setUp()
            runner = DebugRunner(optionflags=self._dt_optionflags,
                                 checker=self._dt_checker, verbose=False)
            runner.run(self._dt_test)
            self.tearDown()

        def id(self):
            return self._dt_test.name

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

        __str__ = __repr__

        def shortDescription(self):
            return "Doctest: " + self._dt_test.name

    class DocFileCase(DocTestCase):
        """A DocTestCase for a doctest text file."""

        def id(self):
            return '_'.join(self._dt_test.name.split('.'))

        def __repr__(self):
            return self._dt_test.filename

        __str__ = __repr__

        def format_failure(self, err):
            return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                    % (self._dt_test.name, self._dt_test.filename, err))


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """Return a unittest.TestSuite with one DocTestCase per docstring
    (with examples) of module (default: the caller's module).

    options: setUp, tearDown (called with the DocTest), globs,
    optionflags, checker."""
    if unittest is None:
        raise ImportError("DocTestSuite needs the unittest module")
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    if globs is None:
        globs = module.__dict__
    if not tests:
        raise ValueError(module, "has no tests")
    tests.sort()
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = getattr(module, '__file__', module.__name__)
            if filename[-4:] in (".pyc", ".pyo"):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    """Return a DocFileCase for the doctest file at path."""
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, path = _load_testfile(path, package, module_relative)
    if "__file__" not in globs:
        globs["__file__"] = path
    name = path[path.rfind('/') + 1:]
    if encoding is not None:
        text = text.decode(encoding)
    test = parser.get_doctest(text, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """Return a unittest.TestSuite of DocFileCases for the given paths
    (keyword arguments as for DocFileTest)."""
    if unittest is None:
        raise ImportError("DocFileSuite needs the unittest module")
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite

# ------------------------------------------------------------ scripts


def script_from_examples(s):
    """Turn a doctest into a Python script: the examples become code,
    their expected output and the surrounding text become comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend(['## ' + l for l in piece.want.split('\n')[:-1]])
        else:
            lines.extend([_comment_line(l) for l in piece.split('\n')[:-1]])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """Return the script_from_examples() of the docstring of the object
    called name in module."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    found = [t for t in tests if t.name == name]
    if not found:
        raise ValueError(name, "not found in tests")
    return script_from_examples(found[0].docstring)


def _test():
    """Run testfile() over the files named on the command line."""
    names = [arg for arg in sys.argv[1:] if arg and arg[0] != '-']
    if not names:
        name = _basename(sys.argv[0])
        print "usage: %s [-v] file ..." % name
        return 2
    for filename in names:
        if filename.endswith(".py"):
            import os
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m)
        else:
            failures, _ = testfile(filename, module_relative=False)
        if failures:
            return 1
    return 0


def _basename(path):
    return path[path.rfind('/') + 1:]


if __name__ == "__main__":
    sys.exit(_test())
