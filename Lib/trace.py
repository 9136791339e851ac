#! /usr/bin/env python
"""Trace or count the execution of Python statements (built on sys.settrace).

    import trace
    tracer = trace.Trace(count=1, trace=0)
    tracer.run('main()')
    r = tracer.results()
    r.write_results(show_missing=True, coverdir="/tmp")

Command line: python -m trace [--trace | --count | --listfuncs |
--trackcalls | --report] [options] script.py [args]
"""

import linecache
import os
import re
import sys
import time
import token
import tokenize
import marshal
import cPickle as pickle

__all__ = ["Trace", "CoverageResults", "Ignore", "usage", "main"]


def usage(outfile):
    outfile.write("""Usage: %s [OPTIONS] <file> [ARGS]

Meta-options:
--help                Display this help then exit.
--version             Output version information then exit.

Otherwise, exactly one of the following three options must be given:
-t, --trace           Print each line to sys.stdout before it is executed.
-c, --count           Count the number of times each line is executed
                      and write the counts to <module>.cover for each
                      module executed, in the module's directory.
-l, --listfuncs       Keep track of which functions are executed at least
                      once and write the results to sys.stdout after the
                      program exits.
-T, --trackcalls      Keep track of caller/called pairs and write the
                      results to sys.stdout after the program exits.
-r, --report          Generate a report from a counts file; do not execute
                      any code.  `--file' must specify the results file to
                      read, which must have been created in a previous run
                      with `--count --file=FILE'.

Modifiers:
-f, --file=<file>     File to accumulate counts over several runs.
-R, --no-report       Do not generate the coverage report files.
-C, --coverdir=<dir>  Directory where the report files go.
-m, --missing         Annotate executable lines that were not executed
                      with '>>>>>> '.
-s, --summary         Write a brief summary on stdout for each file.
--ignore-module=<mod> Ignore the given module(s) and its submodules.
--ignore-dir=<dir>    Ignore files in the given directory.
""" % sys.argv[0])


PRAGMA_NOCOVER = "#pragma NO COVER"
_BLANK_RE = re.compile(r'^\s*(#.*)?$')


class Ignore:
    """Decides which modules are not traced (by name or directory)."""

    def __init__(self, modules=None, dirs=None):
        self._mods = modules or []
        self._dirs = [os.path.normpath(d) for d in (dirs or [])]
        self._cache = {'<string>': 1}

    def names(self, filename, modulename):
        if modulename in self._cache:
            return self._cache[modulename]
        for mod in self._mods:
            if mod == modulename or modulename.startswith(mod + '.'):
                self._cache[modulename] = 1
                return 1
        if filename is None:
            self._cache[modulename] = 1
            return 1
        for d in self._dirs:
            if filename.startswith(d + os.sep):
                self._cache[modulename] = 1
                return 1
        self._cache[modulename] = 0
        return 0


def modname(path):
    """Return the module name (without package) for a file path."""
    base = os.path.basename(path)
    return os.path.splitext(base)[0]


def fullmodname(path):
    """Return a dotted module name for path, relative to sys.path."""
    comparepath = os.path.normcase(path)
    longest = ""
    for d in sys.path:
        d = os.path.normcase(d)
        if comparepath.startswith(d) and comparepath[len(d):len(d) + 1] \
                == os.sep:
            if len(d) > len(longest):
                longest = d
    if longest:
        base = path[len(longest) + 1:]
    else:
        base = path
    base = base.replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0]


def find_lines_from_code(code, strs):
    """Return a dict whose keys are the line numbers of code's lines."""
    lines = {}
    table = code.co_lnotab
    line = code.co_firstlineno
    lines[line] = 1
    for i in range(1, len(table), 2):
        step = ord(table[i])
        if step:
            line += step
            lines[line] = 1
    return lines


def find_lines(code, strs):
    """Line numbers of code and of every code object nested in it."""
    lines = find_lines_from_code(code, strs)
    for const in code.co_consts:
        if hasattr(const, 'co_lnotab'):
            lines.update(find_lines(const, strs))
    return lines


def find_strings(filename):
    """Return the line numbers of docstring-like string statements."""
    result = {}
    previous = token.INDENT
    try:
        f = open(filename)
    except IOError:
        return result
    try:
        for tok_type, text, start, end, line in \
                tokenize.generate_tokens(f.readline):
            if tok_type == token.STRING and previous == token.INDENT:
                for n in range(start[0], end[0] + 1):
                    result[n] = 1
            previous = tok_type
    finally:
        f.close()
    return result


def find_executable_linenos(filename):
    """Return a dict of the executable line numbers in a source file."""
    try:
        f = open(filename, 'rU')
        try:
            source = f.read()
        finally:
            f.close()
    except IOError, err:
        sys.stderr.write("Not printing coverage data for %r: %s\n"
                         % (filename, err))
        return {}
    code = compile(source, filename, "exec")
    strs = find_strings(filename)
    return find_lines(code, strs)


class CoverageResults:
    """Counts collected by a Trace: line counts, called functions, callers."""

    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = counts or {}
        self.counter = self.counts.copy()
        self.calledfuncs = calledfuncs or {}
        self.callers = callers or {}
        self.infile = infile
        self.outfile = outfile
        if infile:
            try:
                f = open(infile, 'rb')
                try:
                    counts, calledfuncs, callers = pickle.load(f)
                finally:
                    f.close()
                self.update(self.__class__(counts, calledfuncs,
                                           callers=callers))
            except (IOError, EOFError, ValueError), err:
                sys.stderr.write("Skipping counts file %r: %s\n"
                                 % (self.infile, err))

    def update(self, other):
        """Add the counts of another CoverageResults to this one."""
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def write_results(self, show_missing=True, summary=False,
                      coverdir=None):
        """Print the function lists and write annotated .cover files."""
        if self.calledfuncs:
            print
            print "functions called:"
            keys = self.calledfuncs.keys()
            keys.sort()
            for filename, modulename, funcname in keys:
                print ("filename: %s, modulename: %s, funcname: %s"
                       % (filename, modulename, funcname))
        if self.callers:
            print
            print "calling relationships:"
            keys = self.callers.keys()
            keys.sort()
            last_file = last_callee_file = ""
            for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in keys:
                if pfile != last_file:
                    print
                    print "***", pfile, "***"
                    last_file = pfile
                    last_callee_file = ""
                if cfile != pfile and last_callee_file != cfile:
                    print "  -->", cfile
                    last_callee_file = cfile
                print "    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc)

        per_file = {}
        for (filename, lineno), count in self.counts.items():
            per_file.setdefault(filename, {})[lineno] = count
        sums = {}
        for filename, lines in per_file.items():
            if filename in ("<string>", "<stdin>"):
                continue
            if filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
            if coverdir is None:
                directory = os.path.dirname(os.path.abspath(filename))
                module = modname(filename)
            else:
                directory = coverdir
                if not os.path.exists(directory):
                    os.makedirs(directory)
                module = fullmodname(filename)
            if show_missing:
                executable = find_executable_linenos(filename)
            else:
                executable = {}
            source = linecache.getlines(filename)
            cover_path = os.path.join(directory, module + ".cover")
            n_hits, n_lines = self.write_results_file(cover_path, source,
                                                      executable, lines)
            if summary and n_lines:
                sums[module] = (n_lines, int(100 * n_hits / n_lines),
                                module, filename)
        if summary and sums:
            mods = sums.keys()
            mods.sort()
            print "lines   cov%   module   (path)"
            for m in mods:
                n_lines, percent, module, filename = sums[m]
                print "%5d   %3d%%   %s   (%s)" % sums[m]
        if self.outfile:
            try:
                f = open(self.outfile, 'wb')
                try:
                    pickle.dump((self.counts, self.calledfuncs,
                                 self.callers), f, 1)
                finally:
                    f.close()
            except IOError, err:
                sys.stderr.write("Can't save counts files because %s\n"
                                 % err)

    def write_results_file(self, path, lines, lnotab, lines_hit):
        """Write one annotated listing; return (lines hit, lines counted)."""
        try:
            out = open(path, "w")
        except IOError, err:
            sys.stderr.write("trace: Could not open %r for writing: %s - "
                             "skipping\n" % (path, err))
            return 0, 0
        hits = counted = 0
        try:
            for i, line in enumerate(lines):
                lineno = i + 1
                if lineno in lines_hit:
                    out.write("%5d: " % lines_hit[lineno])
                    hits += 1
                    counted += 1
                elif lineno in lnotab and not _BLANK_RE.match(line) \
                        and PRAGMA_NOCOVER not in line:
                    out.write(">>>>>> ")
                    counted += 1
                else:
                    out.write("       ")
                out.write(line.expandtabs(8))
        finally:
            out.close()
        return hits, counted


class Trace:
    """Runs code under sys.settrace, counting and/or printing lines."""

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None):
        self.infile = infile
        self.outfile = outfile
        self.ignore = Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.blabbed = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace and count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace_and_count
        elif trace:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace
        elif count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            exec cmd in globals, locals
        finally:
            if not self.donothing:
                sys.settrace(None)

    def runfunc(self, func, *args, **kw):
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            return func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)

    def file_module_function_of(self, frame):
        code = frame.f_code
        filename = code.co_filename
        if filename:
            module = modname(filename)
        else:
            module = None
        return filename, module, code.co_name

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == 'call':
            this = self.file_module_function_of(frame)
            if frame.f_back is not None:
                parent = self.file_module_function_of(frame.f_back)
                self._callers[(parent, this)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """Decide, on each new frame, whether its lines are traced."""
        if why != 'call':
            return None
        filename = frame.f_globals.get('__file__', None)
        if filename:
            name = fullmodname(filename)
            if name is not None and not self.ignore.names(filename, name):
                if self.trace:
                    print (" --- modulename: %s, funcname: %s"
                           % (name, frame.f_code.co_name))
                return self.localtrace
        return None

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            key = (frame.f_code.co_filename, frame.f_lineno)
            self.counts[key] = self.counts.get(key, 0) + 1
            self._print_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            key = (frame.f_code.co_filename, frame.f_lineno)
            self.counts[key] = self.counts.get(key, 0) + 1
        return self.localtrace

    def _print_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        print "%s(%d): %s" % (os.path.basename(filename), lineno,
                              linecache.getline(filename, lineno)),

    def results(self):
        return CoverageResults(self.counts, infile=self.infile,
                               outfile=self.outfile,
                               calledfuncs=self._calledfuncs,
                               callers=self._callers)


def _err_exit(msg):
    sys.stderr.write("%s: %s\n" % (sys.argv[0], msg))
    sys.exit(1)


def main(argv=None):
    import getopt
    if argv is None:
        argv = sys.argv
    try:
        opts, prog_argv = getopt.getopt(
            argv[1:], "tcrRf:d:msC:lT",
            ["help", "version", "trace", "count", "report", "no-report",
             "summary", "file=", "missing", "ignore-module=",
             "ignore-dir=", "coverdir=", "listfuncs", "trackcalls"])
    except getopt.error, msg:
        sys.stderr.write("%s: %s\n" % (sys.argv[0], msg))
        sys.stderr.write("Try `%s --help' for more information\n"
                         % sys.argv[0])
        sys.exit(1)
    trace = count = report = listfuncs = countcallers = 0
    no_report = missing = summary = 0
    counts_file = coverdir = None
    ignore_modules = []
    ignore_dirs = []
    for opt, val in opts:
        if opt == "--help":
            usage(sys.stdout)
            sys.exit(0)
        elif opt == "--version":
            sys.stdout.write("trace 2.0\n")
            sys.exit(0)
        elif opt in ("-T", "--trackcalls"):
            countcallers = 1
        elif opt in ("-l", "--listfuncs"):
            listfuncs = 1
        elif opt in ("-t", "--trace"):
            trace = 1
        elif opt in ("-c", "--count"):
            count = 1
        elif opt in ("-r", "--report"):
            report = 1
        elif opt in ("-R", "--no-report"):
            no_report = 1
        elif opt in ("-f", "--file"):
            counts_file = val
        elif opt in ("-m", "--missing"):
            missing = 1
        elif opt in ("-C", "--coverdir"):
            coverdir = val
        elif opt in ("-s", "--summary"):
            summary = 1
        elif opt == "--ignore-module":
            ignore_modules.extend([m.strip() for m in val.split(",")])
        elif opt == "--ignore-dir":
            for d in val.split(os.pathsep):
                d = os.path.expandvars(d)
                d = d.replace("$prefix", os.path.join(sys.prefix, "lib",
                                                      "python" +
                                                      sys.version[:3]))
                ignore_dirs.append(os.path.normpath(d))
    if listfuncs and (count or trace):
        _err_exit("cannot specify both --listfuncs and (--trace or --count)")
    if not (count or trace or report or listfuncs or countcallers):
        _err_exit("must specify one of --trace, --count, --report, "
                  "--listfuncs, or --trackcalls")
    if report and no_report:
        _err_exit("cannot specify both --report and --no-report")
    if report and not counts_file:
        _err_exit("--report requires a --file")
    if no_report and len(prog_argv) == 0:
        _err_exit("missing name of file to run")
    if report:
        results = CoverageResults(infile=counts_file, outfile=counts_file)
        results.write_results(missing, summary=summary, coverdir=coverdir)
        return
    sys.argv = prog_argv
    progname = prog_argv[0]
    sys.path[0] = os.path.split(progname)[0]
    tracer = Trace(count, trace, countfuncs=listfuncs,
                   countcallers=countcallers, ignoremods=ignore_modules,
                   ignoredirs=ignore_dirs, infile=counts_file,
                   outfile=counts_file)
    try:
        tracer.run('execfile(%r)' % (progname,))
    except IOError, err:
        _err_exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = tracer.results()
    if not no_report:
        results.write_results(missing, summary=summary, coverdir=coverdir)


if __name__ == '__main__':
    main()
