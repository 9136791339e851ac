# T1: name a code object after a file of the host (compile() lets the
# sandbox choose co_filename) and have a traceback printer show "its
# source line": the C excepthook and the traceback module both read it.
import sys
def attack():
    import StringIO, traceback
    code = compile('raise ValueError', SECRET_PATH, 'exec')
    buf = StringIO.StringIO()
    saved = sys.stderr
    try:
        exec code in {}
    except ValueError:
        t, v, tb = sys.exc_info()
        sys.stderr = buf
        try:
            sys.excepthook(t, v, tb)
        finally:
            sys.stderr = saved
        traceback.print_exception(t, v, tb, None, buf)
    return SECRET_TEXT.strip() in buf.getvalue()
