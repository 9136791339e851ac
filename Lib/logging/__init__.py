"""Logging facility: loggers arranged in a dotted-name hierarchy, handlers
that send records somewhere, formatters that turn records into text, and
filters that decide which records pass.

Typical use:

    import logging
    logging.basicConfig(level=logging.DEBUG)
    log = logging.getLogger("app.db")
    log.info("connected to %s", host)
"""

import sys
import time
import types

try:
    import cStringIO as _stringio
except ImportError:
    import StringIO as _stringio

# The os and thread modules are optional: inside a sandbox neither need be
# importable, and logging then works without process ids or locks.
try:
    import os
except ImportError:
    os = None
try:
    import thread
    import threading
except ImportError:
    thread = None

__author__ = "(independent implementation)"
__status__ = "production"
__version__ = "0.5.0.2"
__date__ = "2006"

#---------------------------------------------------------------------------
# Module-wide settings

# When true, errors raised while emitting are reported on sys.stderr;
# when false they are silently ignored.
raiseExceptions = 1
# Whether records carry thread and process information.
logThreads = 1
logProcesses = 1

_startTime = time.time()

#---------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# Maps level numbers to names and names back to numbers.
_levelNames = {}

def addLevelName(level, levelName):
    """Associate levelName with level (used when formatting records)."""
    _acquireLock()
    try:
        _levelNames[level] = levelName
        _levelNames[levelName] = level
    finally:
        _releaseLock()

def getLevelName(level):
    """Return the textual name of a level.

    Known numeric levels give their name, known names give their number,
    anything else gives "Level %s" % level.
    """
    try:
        return _levelNames[level]
    except (KeyError, TypeError):
        return "Level %s" % level

#---------------------------------------------------------------------------
# The module lock guards the handler registry and the logger hierarchy.

if thread:
    _lock = threading.RLock()
else:
    _lock = None

def _acquireLock():
    if _lock is not None:
        _lock.acquire()

def _releaseLock():
    if _lock is not None:
        _lock.release()

for _lvl, _nm in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'),
                  (WARNING, 'WARNING'), (INFO, 'INFO'), (DEBUG, 'DEBUG'),
                  (NOTSET, 'NOTSET')):
    _levelNames[_lvl] = _nm
    _levelNames[_nm] = _lvl
_levelNames['WARN'] = WARNING
del _lvl, _nm

#---------------------------------------------------------------------------
# Small path helpers that do not need os (sandboxes may lack it).

def _basename(path):
    if os is not None:
        return os.path.basename(path)
    i = path.rfind('/')
    return path[i + 1:]

def _splitext(name):
    if os is not None:
        return os.path.splitext(name)
    i = name.rfind('.')
    if i <= 0:
        return name, ''
    return name[:i], name[i:]

#---------------------------------------------------------------------------
# Log records

class LogRecord:
    """One logged event: who logged it, at what level, where and when,
    and the message with its arguments (merged lazily by getMessage)."""

    def __init__(self, name, level, pathname, lineno, msg, args,
                 exc_info, func=None):
        now = time.time()
        self.name = name
        self.msg = msg
        # A single non-empty dict argument means %(key)s formatting.
        if (args and len(args) == 1 and type(args[0]) == types.DictType
                and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _basename(pathname)
            self.module = _splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = (now - long(now)) * 1000
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads and thread:
            self.thread = thread.get_ident()
            self.threadName = threading.currentThread().getName()
        else:
            self.thread = None
            self.threadName = None
        if logProcesses and os is not None and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None

    def __str__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message with its arguments merged in."""
        msg = self.msg
        if not isinstance(msg, basestring):
            try:
                msg = str(msg)
            except UnicodeError:
                pass    # keep the object; % below will str() it
        if self.args:
            msg = msg % self.args
        return msg

def makeLogRecord(dict):
    """Make a LogRecord whose attributes are the items of dict (used to
    rebuild records that were sent elsewhere as dictionaries)."""
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv

#---------------------------------------------------------------------------
# Formatters

class Formatter:
    """Turns a LogRecord into text using a %-style format string whose keys
    are record attributes, e.g. "%(asctime)s %(levelname)s %(message)s".
    """

    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None):
        if fmt:
            self._fmt = fmt
        else:
            self._fmt = "%(message)s"
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """Return record.created as text: with datefmt through
        time.strftime, otherwise as "YYYY-MM-DD hh:mm:ss,mmm"."""
        tm = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, tm)
        return "%s,%03d" % (time.strftime("%Y-%m-%d %H:%M:%S", tm),
                            record.msecs)

    def formatException(self, ei):
        """Return the traceback of the exc_info triple ei as text."""
        import traceback
        buf = _stringio.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buf)
        text = buf.getvalue()
        buf.close()
        if text[-1:] == "\n":
            text = text[:-1]
        return text

    def format(self, record):
        record.message = record.getMessage()
        if self._fmt.find("%(asctime)") >= 0:
            record.asctime = self.formatTime(record, self.datefmt)
        text = self._fmt % record.__dict__
        if record.exc_info and not record.exc_text:
            # Cache it: several handlers may format the same record.
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if text[-1:] != "\n":
                text = text + "\n"
            text = text + record.exc_text
        return text

_defaultFormatter = Formatter()

class BufferingFormatter:
    """Formats a list of records with one line formatter, plus an optional
    header and footer (see formatHeader and formatFooter)."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        for record in records:
            parts.append(self.linefmt.format(record))
        parts.append(self.formatFooter(records))
        return "".join(parts)

#---------------------------------------------------------------------------
# Filters

class Filter:
    """Lets through records of the logger named name and of its
    descendants ("a.b" passes "a.b" and "a.b.c" but not "a.bc").
    With an empty name, every record passes."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return 1
        if not record.name.startswith(self.name):
            return 0
        return record.name[self.nlen] == "."

class Filterer:
    """Base of loggers and handlers: keeps a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Return 1 if every filter accepts record, else 0."""
        for f in self.filters:
            if not f.filter(record):
                return 0
        return 1

#---------------------------------------------------------------------------
# Handlers

_handlers = {}          # every live handler (used by shutdown)
_handlerList = []       # the same, in creation order

class Handler(Filterer):
    """Base class of handlers: dispatches records to emit(), which
    subclasses implement."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = level
        self.formatter = None
        _acquireLock()
        try:
            _handlers[self] = 1
            _handlerList.insert(0, self)
        finally:
            _releaseLock()
        self.createLock()

    def createLock(self):
        if thread:
            self.lock = threading.RLock()
        else:
            self.lock = None

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = level

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError, \
              'emit must be implemented by Handler subclasses'

    def handle(self, record):
        """Emit record if the filters let it through; return whether
        they did."""
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        _acquireLock()
        try:
            if self in _handlers:
                del _handlers[self]
            if self in _handlerList:
                _handlerList.remove(self)
        finally:
            _releaseLock()

    def handleError(self, record):
        """Called when emit() fails: prints the traceback on sys.stderr
        if raiseExceptions is set, else does nothing."""
        if raiseExceptions:
            import traceback
            ei = sys.exc_info()
            try:
                traceback.print_exception(ei[0], ei[1], ei[2], None,
                                          sys.stderr)
            finally:
                ei = None

class StreamHandler(Handler):
    """Writes formatted records, one per line, to a stream (anything with
    write(); flush() is used if present). The default is sys.stderr."""

    def __init__(self, strm=None):
        Handler.__init__(self)
        if strm is None:
            strm = sys.stderr
        self.stream = strm
        self.formatter = None

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            try:
                self.stream.write("%s\n" % text)
            except UnicodeError:
                self.stream.write("%s\n" % text.encode("UTF-8"))
            self.flush()
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)

class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens (mode 'a' by default;
    through codecs.open when an encoding is given)."""

    def __init__(self, filename, mode='a', encoding=None):
        if os is not None:
            filename = os.path.abspath(filename)
        if encoding is None:
            stream = open(filename, mode)
        else:
            import codecs
            stream = codecs.open(filename, mode, encoding)
        StreamHandler.__init__(self, stream)
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding

    def close(self):
        if self.stream is not None:
            self.flush()
            self.stream.close()
        StreamHandler.close(self)

#---------------------------------------------------------------------------
# The logger hierarchy

class PlaceHolder:
    """Stands in the hierarchy for a name that has descendant loggers but
    no logger of its own yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None

_loggerClass = None

def setLoggerClass(klass):
    """Use klass (a subclass of Logger) for loggers made by getLogger."""
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError, ("logger not derived from logging.Logger: "
                              + klass.__name__)
    _loggerClass = klass

def getLoggerClass():
    return _loggerClass

class Manager:
    """Holds the logger hierarchy under one root logger."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = 0
        self.loggerDict = {}

    def getLogger(self, name):
        """Return the logger called name, creating it (and linking it to
        its nearest existing ancestor and descendants) if needed."""
        _acquireLock()
        try:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            rv = _loggerClass(name)
            rv.manager = self
            self.loggerDict[name] = rv
            if isinstance(existing, PlaceHolder):
                self._fixupChildren(existing, rv)
            self._fixupParents(rv)
            return rv
        finally:
            _releaseLock()

    def _fixupParents(self, alogger):
        # Walk up the dotted name; the first real logger found is the
        # parent, and every missing level gets a placeholder pointing down.
        name = alogger.name
        parent = None
        i = name.rfind(".")
        while i > 0 and parent is None:
            prefix = name[:i]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, PlaceHolder):
                node.append(alogger)
            else:
                parent = node
            i = name.rfind(".", 0, i)
        if parent is None:
            parent = self.root
        alogger.parent = parent

    def _fixupChildren(self, ph, alogger):
        # Loggers below the placeholder whose parent sits above the new
        # logger are re-parented onto it.
        prefix = alogger.name
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

class Logger(Filterer):
    """A named channel. Records at or above the effective level go to this
    logger's handlers and, while propagate is true, its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = level
        self.parent = None
        self.propagate = 1
        self.handlers = []
        self.disabled = 0

    def setLevel(self, level):
        self.level = level

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args):
        """Log at ERROR with the current exception's traceback."""
        self.error(msg, exc_info=1, *args)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if type(level) != types.IntType:
            if raiseExceptions:
                raise TypeError, "level must be an integer"
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self):
        """Return (filename, lineno, funcName) of the first frame on the
        stack that is outside this module."""
        f = _callerFrame()
        while f is not None:
            co = f.f_code
            if co.co_filename == _srcfile:
                f = f.f_back
                continue
            return co.co_filename, f.f_lineno, co.co_name
        return "(unknown file)", 0, "(unknown function)"

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None):
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func)
        if extra:
            for key in extra:
                if key in ("message", "asctime") or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None):
        if _srcfile:
            fn, lno, func = self.findCaller()
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if type(exc_info) != types.TupleType:
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        _acquireLock()
        try:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)
        finally:
            _releaseLock()

    def removeHandler(self, hdlr):
        _acquireLock()
        try:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)
        finally:
            _releaseLock()

    def callHandlers(self, record):
        """Give record to the handlers of this logger and of its ancestors
        up to the first one whose propagate is false."""
        found = 0
        node = self
        while node is not None:
            for hdlr in node.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if node.propagate:
                node = node.parent
            else:
                node = None
        if (found == 0 and raiseExceptions
                and not self.manager.emittedNoHandlerWarning):
            sys.stderr.write("No handlers could be found for logger"
                             " \"%s\"\n" % self.name)
            self.manager.emittedNoHandlerWarning = 1

    def getEffectiveLevel(self):
        """The level of the nearest logger upwards with a level set."""
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.manager.disable >= level:
            return 0
        return level >= self.getEffectiveLevel()

class RootLogger(Logger):
    """The logger at the top of the hierarchy, named "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)

def _callerFrame():
    # A frame of the logging call chain, found through a traceback so that
    # sys._getframe (which a sandbox may lack) is not needed.
    try:
        raise Exception
    except Exception:
        return sys.exc_info()[2].tb_frame.f_back

# The filename under which this module's code runs; findCaller skips
# frames from it. Taken from a code object so it is right even where
# __file__ is hidden or the module came from a .pyc.
_srcfile = _callerFrame.func_code.co_filename

#---------------------------------------------------------------------------
# Configuration and module-level shortcuts

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

def basicConfig(**kwargs):
    """Give the root logger a handler if it has none.

    Keywords: filename (use a FileHandler on it, opened with filemode,
    default 'a'), stream (use a StreamHandler on it; ignored with
    filename), format (default BASIC_FORMAT), datefmt, level.
    """
    if len(root.handlers) != 0:
        return
    filename = kwargs.get("filename")
    if filename:
        hdlr = FileHandler(filename, kwargs.get("filemode", "a"))
    else:
        hdlr = StreamHandler(kwargs.get("stream"))
    fmt = Formatter(kwargs.get("format", BASIC_FORMAT),
                    kwargs.get("datefmt", None))
    hdlr.setFormatter(fmt)
    root.addHandler(hdlr)
    level = kwargs.get("level")
    if level is not None:
        root.setLevel(level)

def getLogger(name=None):
    """Return the logger called name, or the root logger."""
    if name:
        return Logger.manager.getLogger(name)
    return root

def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)

fatal = critical

def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)

def exception(msg, *args):
    error(msg, exc_info=1, *args)

def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)

warn = warning

def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)

def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)

def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)

def disable(level):
    """Ignore every call at level or below, whatever the loggers' levels."""
    root.manager.disable = level

def shutdown(handlerList=None):
    """Flush and close every handler (registered to run at exit)."""
    if handlerList is None:
        handlerList = _handlerList
    for h in handlerList[:]:
        try:
            h.flush()
            h.close()
        except (IOError, ValueError):
            # The stream may already be closed at exit.
            pass

try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass
