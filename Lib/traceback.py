"""Extract, format and print stack traces and exceptions, the way the
interpreter itself prints an uncaught exception."""

import linecache
import sys
import types

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'tb_lineno']


def _print(file, text='', terminator='\n'):
    file.write(text + terminator)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for filename, lineno, name, line in extracted_list:
        _print(file, '  File "%s", line %d, in %s' % (filename, lineno, name))
        if line:
            _print(file, '    %s' % line.strip())


def format_list(extracted_list):
    result = []
    for filename, lineno, name, line in extracted_list:
        item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            item = item + '    %s\n' % line.strip()
        result.append(item)
    return result


def _limit(limit):
    if limit is None and hasattr(sys, 'tracebacklimit'):
        return sys.tracebacklimit
    return limit


def extract_tb(tb, limit=None):
    """(filename, lineno, function name, source line) for each level."""
    limit = _limit(limit)
    result = []
    n = 0
    while tb is not None and (limit is None or n < limit):
        f = tb.tb_frame
        lineno = tb.tb_lineno
        co = f.f_code
        filename = co.co_filename
        linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        if line:
            line = line.strip()
        else:
            line = None
        result.append((filename, lineno, co.co_name, line))
        tb = tb.tb_next
        n = n + 1
    return result


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    print_list(extract_tb(tb, limit), file)


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_exception(etype, value, tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    if tb:
        _print(file, 'Traceback (most recent call last):')
        print_tb(tb, limit, file)
    for line in format_exception_only(etype, value):
        _print(file, line, '')


def format_exception(etype, value, tb, limit=None):
    if tb:
        result = ['Traceback (most recent call last):\n']
        result = result + format_tb(tb, limit)
    else:
        result = []
    return result + format_exception_only(etype, value)


def format_exception_only(etype, value):
    """The lines that name the exception (and, for a SyntaxError, show
    where it is)."""
    if (isinstance(etype, BaseException) or
        isinstance(etype, types.InstanceType) or
        etype is None or type(etype) is str):
        return [_format_final_exc_line(etype, value)]

    stype = etype.__name__
    if not issubclass(etype, SyntaxError):
        return [_format_final_exc_line(stype, value)]

    lines = []
    try:
        msg, (filename, lineno, offset, badline) = value
    except Exception:
        pass
    else:
        filename = filename or "<string>"
        lines.append('  File "%s", line %d\n' % (filename, lineno))
        if badline is not None:
            lines.append('    %s\n' % badline.strip())
            if offset is not None:
                caretspace = badline[:offset].lstrip()
                caretspace = ((c.isspace() and c or ' ') for c in caretspace)
                lines.append('   %s^\n' % ''.join(caretspace))
        value = msg
    lines.append(_format_final_exc_line(stype, value))
    return lines


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value)
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


def print_exc(limit=None, file=None):
    if file is None:
        file = sys.stderr
    try:
        etype, value, tb = sys.exc_info()
        print_exception(etype, value, tb, limit, file)
    finally:
        etype = value = tb = None


def format_exc(limit=None):
    try:
        etype, value, tb = sys.exc_info()
        return ''.join(format_exception(etype, value, tb, limit))
    finally:
        etype = value = tb = None


def print_last(limit=None, file=None):
    if file is None:
        file = sys.stderr
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file)




def print_stack(f=None, limit=None, file=None):
    if f is None:
        try:
            raise ZeroDivisionError
        except ZeroDivisionError:
            f = sys.exc_info()[2].tb_frame.f_back
    print_list(extract_stack(f, limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        try:
            raise ZeroDivisionError
        except ZeroDivisionError:
            f = sys.exc_info()[2].tb_frame.f_back
    return format_list(extract_stack(f, limit))


def extract_stack(f=None, limit=None):
    """The stack of frame f (default: the caller's), oldest first."""
    if f is None:
        try:
            raise ZeroDivisionError
        except ZeroDivisionError:
            f = sys.exc_info()[2].tb_frame.f_back
    limit = _limit(limit)
    result = []
    n = 0
    while f is not None and (limit is None or n < limit):
        lineno = f.f_lineno
        co = f.f_code
        filename = co.co_filename
        linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        if line:
            line = line.strip()
        else:
            line = None
        result.append((filename, lineno, co.co_name, line))
        f = f.f_back
        n = n + 1
    result.reverse()
    return result


def tb_lineno(tb):
    return tb.tb_lineno
