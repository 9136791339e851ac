"""Configure logging from a ConfigParser-format file.

    [loggers]
    keys=root,db

    [handlers]
    keys=console

    [formatters]
    keys=plain

    [logger_root]
    level=WARNING
    handlers=console

    [logger_db]
    level=DEBUG
    handlers=
    qualname=app.db
    propagate=1

    [handler_console]
    class=StreamHandler
    level=NOTSET
    formatter=plain
    args=(sys.stderr,)

    [formatter_plain]
    format=%(levelname)s %(name)s: %(message)s
    datefmt=

A handler's class is looked up in the logging namespace (so
"handlers.RotatingFileHandler" works) or imported by its dotted name; its
args are a Python expression evaluated in the logging namespace.
The socket-based listen()/stopListening() of CPython are not provided.
"""

import sys
import logging
import logging.handlers

__all__ = ["fileConfig"]


def _resolve(name):
    # A dotted name -> the object, importing modules as needed.
    parts = name.split('.')
    found = __import__(parts[0])
    used = parts[0]
    for part in parts[1:]:
        used = used + '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found

def _names(text):
    return [n.strip() for n in text.split(',') if n.strip()]

def _level(text):
    return logging._levelNames[text.strip()]

def fileConfig(fname, defaults=None):
    """Read a logging configuration from fname (a file name, or a file
    object with readline()) and apply it. defaults are passed to the
    ConfigParser. Existing loggers not named in the file are disabled,
    as in Python 2.5."""
    import ConfigParser
    cp = ConfigParser.ConfigParser(defaults)
    if hasattr(cp, 'readfp') and hasattr(fname, 'readline'):
        cp.readfp(fname)
    else:
        cp.read(fname)
    formatters = _create_formatters(cp)
    logging._acquireLock()
    try:
        logging._handlers.clear()
        del logging._handlerList[:]
        handlers = _install_handlers(cp, formatters)
        _install_loggers(cp, handlers)
    finally:
        logging._releaseLock()

def _create_formatters(cp):
    names = _names(cp.get("formatters", "keys"))
    formatters = {}
    for name in names:
        section = "formatter_%s" % name
        opts = cp.options(section)
        fmt = None
        datefmt = None
        klass = logging.Formatter
        if "format" in opts:
            fmt = cp.get(section, "format", 1)
        if "datefmt" in opts:
            datefmt = cp.get(section, "datefmt", 1)
        if "class" in opts and cp.get(section, "class"):
            klass = _resolve(cp.get(section, "class"))
        formatters[name] = klass(fmt, datefmt or None)
    return formatters

def _install_handlers(cp, formatters):
    names = _names(cp.get("handlers", "keys"))
    handlers = {}
    targets = []        # (MemoryHandler, target name) to link afterwards
    for name in names:
        section = "handler_%s" % name
        klass_name = cp.get(section, "class")
        opts = cp.options(section)
        fmt = ""
        if "formatter" in opts:
            fmt = cp.get(section, "formatter")
        try:
            klass = eval(klass_name, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass_name)
        args = eval(cp.get(section, "args"), vars(logging))
        h = klass(*args)
        if "level" in opts:
            h.setLevel(_level(cp.get(section, "level")))
        if fmt:
            h.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            if "target" in opts and cp.get(section, "target"):
                targets.append((h, cp.get(section, "target")))
        handlers[name] = h
    for h, target in targets:
        h.setTarget(handlers[target])
    return handlers

def _install_loggers(cp, handlers):
    names = _names(cp.get("loggers", "keys"))
    if "root" in names:
        names.remove("root")
    root = logging.root
    section = "logger_root"
    opts = cp.options(section)
    if "level" in opts:
        root.setLevel(_level(cp.get(section, "level")))
    for h in root.handlers[:]:
        root.removeHandler(h)
    if "handlers" in opts:
        for hname in _names(cp.get(section, "handlers")):
            root.addHandler(handlers[hname])
    existing = logging.root.manager.loggerDict.keys()
    configured = {}
    for name in names:
        section = "logger_%s" % name
        opts = cp.options(section)
        qualname = cp.get(section, "qualname")
        propagate = 1
        if "propagate" in opts:
            propagate = cp.getint(section, "propagate")
        logger = logging.getLogger(qualname)
        configured[qualname] = 1
        if "level" in opts:
            logger.setLevel(_level(cp.get(section, "level")))
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        if "handlers" in opts:
            for hname in _names(cp.get(section, "handlers")):
                logger.addHandler(handlers[hname])
    # Loggers made before this configuration and not mentioned in it
    # are switched off.
    for name in existing:
        if name not in configured:
            node = logging.root.manager.loggerDict[name]
            if isinstance(node, logging.Logger):
                node.disabled = 1
