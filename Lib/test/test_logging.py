import unittest
import os
import sys
import tempfile
import StringIO
from test import test_support

import logging
import logging.handlers
import logging.config


class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.records = []

    def emit(self, record):
        self.records.append(record)


class LoggingTestCase(unittest.TestCase):
    # Each test gets a fresh view of the root logger's state.

    def setUp(self):
        self.saved_handlers = logging.root.handlers[:]
        self.saved_level = logging.root.level
        self.saved_disable = logging.root.manager.disable
        logging.root.handlers = []
        self.stream = StringIO.StringIO()

    def tearDown(self):
        for h in logging.root.handlers:
            h.close()
        logging.root.handlers = self.saved_handlers
        logging.root.setLevel(self.saved_level)
        logging.disable(self.saved_disable)

    def output(self):
        return self.stream.getvalue()


class LevelTest(LoggingTestCase):

    def test_values(self):
        self.assertEqual(logging.CRITICAL, 50)
        self.assertEqual(logging.FATAL, 50)
        self.assertEqual(logging.ERROR, 40)
        self.assertEqual(logging.WARNING, 30)
        self.assertEqual(logging.WARN, 30)
        self.assertEqual(logging.INFO, 20)
        self.assertEqual(logging.DEBUG, 10)
        self.assertEqual(logging.NOTSET, 0)

    def test_names(self):
        self.assertEqual(logging.getLevelName(logging.ERROR), "ERROR")
        self.assertEqual(logging.getLevelName("DEBUG"), 10)
        self.assertEqual(logging.getLevelName(13), "Level 13")
        logging.addLevelName(13, "TRACEISH")
        self.assertEqual(logging.getLevelName(13), "TRACEISH")
        self.assertEqual(logging.getLevelName("TRACEISH"), 13)

    def test_threshold(self):
        logging.basicConfig(stream=self.stream)
        log = logging.getLogger("lvl")
        log.debug("no")
        log.info("no")
        log.warning("yes1")
        log.error("yes2")
        log.critical("yes3")
        self.assertEqual(self.output(),
                         "WARNING:lvl:yes1\nERROR:lvl:yes2\nCRITICAL:lvl:yes3\n")

    def test_log_requires_int(self):
        log = logging.getLogger("lvl.int")
        self.assertRaises(TypeError, log.log, "10", "x")

    def test_disable(self):
        logging.basicConfig(stream=self.stream)
        logging.disable(logging.ERROR)
        logging.getLogger("dis").error("hidden")
        logging.getLogger("dis").critical("shown")
        self.assertEqual(self.output(), "CRITICAL:dis:shown\n")


class HierarchyTest(LoggingTestCase):

    def test_same_object(self):
        self.assert_(logging.getLogger("h.a") is logging.getLogger("h.a"))
        self.assert_(logging.getLogger() is logging.root)
        self.assert_(logging.getLogger("") is logging.root)
        self.assertEqual(logging.root.name, "root")

    def test_parents(self):
        child = logging.getLogger("hp.x.y.z")
        self.assert_(child.parent is logging.root)
        mid = logging.getLogger("hp.x")
        self.assert_(child.parent is mid)
        self.assert_(mid.parent is logging.root)
        top = logging.getLogger("hp")
        self.assert_(mid.parent is top)
        self.assert_(child.parent is mid)

    def test_effective_level(self):
        top = logging.getLogger("hl")
        low = logging.getLogger("hl.low")
        top.setLevel(logging.INFO)
        self.assertEqual(low.getEffectiveLevel(), logging.INFO)
        self.assert_(low.isEnabledFor(logging.INFO))
        self.failIf(low.isEnabledFor(logging.DEBUG))
        low.setLevel(logging.DEBUG)
        self.assert_(low.isEnabledFor(logging.DEBUG))

    def test_propagation(self):
        top = logging.getLogger("pr")
        low = logging.getLogger("pr.low")
        h1 = ListHandler()
        h2 = ListHandler()
        top.addHandler(h1)
        low.addHandler(h2)
        low.setLevel(logging.DEBUG)
        try:
            low.info("one")
            self.assertEqual(len(h1.records), 1)
            self.assertEqual(len(h2.records), 1)
            low.propagate = 0
            low.info("two")
            self.assertEqual(len(h1.records), 1)
            self.assertEqual(len(h2.records), 2)
        finally:
            top.removeHandler(h1)
            low.removeHandler(h2)
            h1.close()
            h2.close()

    def test_handler_level(self):
        log = logging.getLogger("hlev")
        log.setLevel(logging.DEBUG)
        h = ListHandler(logging.WARNING)
        log.addHandler(h)
        log.info("dropped")
        log.warning("kept")
        log.removeHandler(h)
        self.assertEqual([r.getMessage() for r in h.records], ["kept"])

    def test_logger_class(self):
        class MyLogger(logging.Logger):
            pass
        self.assertRaises(TypeError, logging.setLoggerClass, object)
        logging.setLoggerClass(MyLogger)
        try:
            self.assert_(isinstance(logging.getLogger("cls.mine"), MyLogger))
            self.assert_(logging.getLoggerClass() is MyLogger)
        finally:
            logging.setLoggerClass(logging.Logger)

    def test_no_handler_warning(self):
        saved = sys.stderr
        sys.stderr = err = StringIO.StringIO()
        old = logging.Logger.manager.emittedNoHandlerWarning
        logging.Logger.manager.emittedNoHandlerWarning = 0
        try:
            logging.getLogger("nohandler").error("x")
            logging.getLogger("nohandler").error("x")
        finally:
            sys.stderr = saved
            logging.Logger.manager.emittedNoHandlerWarning = old
        self.assertEqual(err.getvalue(),
                'No handlers could be found for logger "nohandler"\n')


class RecordTest(LoggingTestCase):

    def test_record_fields(self):
        log = logging.getLogger("rec")
        h = ListHandler()
        log.addHandler(h)
        log.setLevel(logging.DEBUG)
        log.info("x=%d y=%s", 3, "z"); line = sys._getframe().f_lineno
        log.removeHandler(h)
        r = h.records[0]
        self.assertEqual(r.getMessage(), "x=3 y=z")
        self.assertEqual(r.msg, "x=%d y=%s")
        self.assertEqual(r.args, (3, "z"))
        self.assertEqual(r.levelname, "INFO")
        self.assertEqual(r.levelno, logging.INFO)
        self.assertEqual(r.name, "rec")
        self.assertEqual(r.lineno, line)
        self.assertEqual(r.funcName, "test_record_fields")
        self.assertEqual(r.module, "test_logging")
        self.assert_(r.filename.startswith("test_logging.py"))
        self.assert_(r.exc_info is None)
        self.assert_(isinstance(r.created, float))

    def test_dict_argument(self):
        r = logging.LogRecord("n", logging.INFO, "p", 1, "%(a)s-%(b)s",
                              ({'a': 1, 'b': 2},), None)
        self.assertEqual(r.getMessage(), "1-2")

    def test_nonstring_message(self):
        r = logging.LogRecord("n", logging.INFO, "p", 1, 42, (), None)
        self.assertEqual(r.getMessage(), "42")

    def test_makeLogRecord(self):
        r = logging.makeLogRecord({'msg': 'hello %s', 'args': ('you',),
                                   'levelno': 5})
        self.assertEqual(r.getMessage(), "hello you")
        self.assertEqual(r.levelno, 5)

    def test_extra(self):
        log = logging.getLogger("extra")
        h = ListHandler()
        log.addHandler(h)
        log.error("m", extra={'user': 'bob'})
        self.assertRaises(KeyError, log.error, "m", extra={'msg': 1})
        self.assertRaises(KeyError, log.error, "m", extra={'message': 1})
        log.removeHandler(h)
        self.assertEqual(h.records[0].user, 'bob')

    def test_exception(self):
        logging.basicConfig(stream=self.stream)
        try:
            raise ValueError("bad value")
        except ValueError:
            logging.getLogger("exc").exception("caught %s", "it")
        out = self.output()
        self.assert_(out.startswith("ERROR:exc:caught it\nTraceback"))
        self.assert_(out.endswith("ValueError: bad value\n"))


class FormatterTest(LoggingTestCase):

    def record(self, **kw):
        d = {'name': 'fmt', 'msg': 'msg %s', 'args': ('a',),
             'levelname': 'INFO', 'levelno': 20}
        d.update(kw)
        return logging.makeLogRecord(d)

    def test_default(self):
        self.assertEqual(logging.Formatter().format(self.record()), "msg a")

    def test_fields(self):
        f = logging.Formatter("[%(levelname)s] %(name)s: %(message)s")
        self.assertEqual(f.format(self.record()), "[INFO] fmt: msg a")

    def test_asctime(self):
        import time
        t = time.mktime((2006, 3, 4, 5, 6, 7, 0, 0, -1))
        r = self.record(created=t, msecs=123.4)
        f = logging.Formatter("%(asctime)s %(message)s")
        self.assertEqual(f.format(r), "2006-03-04 05:06:07,123 msg a")
        f = logging.Formatter("%(asctime)s", "%d/%m/%Y")
        self.assertEqual(f.format(r), "04/03/2006")

    def test_exc_text(self):
        try:
            raise KeyError("k")
        except KeyError:
            ei = sys.exc_info()
        r = self.record(exc_info=ei)
        text = logging.Formatter().format(r)
        self.assert_(text.startswith("msg a\nTraceback (most recent call"))
        self.assert_(text.endswith("KeyError: 'k'"))
        self.assert_(r.exc_text)

    def test_buffering_formatter(self):
        class Fmt(logging.BufferingFormatter):
            def formatHeader(self, records):
                return "<%d>" % len(records)
            def formatFooter(self, records):
                return "</>"
        lf = logging.Formatter("%(message)s;")
        recs = [self.record(), self.record(msg="x", args=())]
        self.assertEqual(Fmt(lf).format(recs), "<2>msg a;x;</>")
        self.assertEqual(logging.BufferingFormatter().format([]), "")


class FilterTest(LoggingTestCase):

    def test_filter(self):
        f = logging.Filter("a.b")
        rec = lambda n: logging.makeLogRecord({'name': n})
        self.assert_(f.filter(rec("a.b")))
        self.assert_(f.filter(rec("a.b.c")))
        self.failIf(f.filter(rec("a.bc")))
        self.failIf(f.filter(rec("a")))
        self.failIf(f.filter(rec("x.a.b")))
        self.assert_(logging.Filter().filter(rec("anything")))

    def test_on_handler_and_logger(self):
        log = logging.getLogger("flt")
        h = ListHandler()
        log.addHandler(h)
        h.addFilter(logging.Filter("flt.keep"))
        logging.getLogger("flt.keep").error("1")
        logging.getLogger("flt.drop").error("2")
        log.addFilter(logging.Filter("nothing"))
        log.error("3")
        log.removeHandler(h)
        self.assertEqual([r.msg for r in h.records], ["1"])


class HandlerTest(LoggingTestCase):

    def test_emit_abstract(self):
        h = logging.Handler()
        self.assertRaises(NotImplementedError, h.emit, None)
        h.close()

    def test_stream_handler(self):
        h = logging.StreamHandler(self.stream)
        h.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
        log = logging.getLogger("sh")
        log.addHandler(h)
        log.error("one")
        log.removeHandler(h)
        self.assertEqual(self.output(), "ERROR|one\n")

    def test_file_handler(self):
        fn = tempfile.mktemp()
        try:
            logging.basicConfig(filename=fn, filemode="w",
                                format="%(message)s", level=logging.INFO)
            logging.info("to file")
            logging.debug("not this")
            for h in logging.root.handlers:
                h.flush()
            self.assertEqual(open(fn).read(), "to file\n")
            self.assert_(isinstance(logging.root.handlers[0],
                                    logging.FileHandler))
            self.assertEqual(logging.root.handlers[0].baseFilename,
                             os.path.abspath(fn))
        finally:
            for h in logging.root.handlers:
                h.close()
            logging.root.handlers = []
            if os.path.exists(fn):
                os.remove(fn)

    def test_handle_error(self):
        class Broken(logging.Handler):
            def emit(self, record):
                try:
                    raise RuntimeError("emit failed")
                except:
                    self.handleError(record)
        saved = sys.stderr
        sys.stderr = err = StringIO.StringIO()
        try:
            h = Broken()
            h.handle(logging.makeLogRecord({}))
            logging.raiseExceptions = 0
            h.handle(logging.makeLogRecord({}))
        finally:
            logging.raiseExceptions = 1
            sys.stderr = saved
            h.close()
        self.assertEqual(err.getvalue().count("RuntimeError: emit failed"), 1)

    def test_basicConfig_once(self):
        logging.basicConfig(stream=self.stream)
        logging.basicConfig(stream=StringIO.StringIO())
        self.assertEqual(len(logging.root.handlers), 1)
        logging.warning("w %d", 1)
        self.assertEqual(self.output(), "WARNING:root:w 1\n")

    def test_module_functions_configure(self):
        saved = sys.stderr
        sys.stderr = err = StringIO.StringIO()
        try:
            logging.error("auto")
        finally:
            sys.stderr = saved
        self.assertEqual(err.getvalue(), "ERROR:root:auto\n")


class HandlersModuleTest(LoggingTestCase):

    def test_memory_handler(self):
        target = ListHandler()
        mh = logging.handlers.MemoryHandler(3, logging.ERROR, target)
        log = logging.getLogger("mem")
        log.setLevel(logging.DEBUG)
        log.propagate = 0
        log.addHandler(mh)
        log.info("1")
        log.info("2")
        self.assertEqual(len(target.records), 0)
        log.info("3")
        self.assertEqual(len(target.records), 3)
        log.info("4")
        log.error("5")
        self.assertEqual([r.msg for r in target.records],
                         ["1", "2", "3", "4", "5"])
        log.info("6")
        mh.close()
        log.removeHandler(mh)
        self.assertEqual(len(target.records), 6)
        self.assert_(mh.target is None)

    def test_buffering_handler(self):
        bh = logging.handlers.BufferingHandler(2)
        bh.handle(logging.makeLogRecord({}))
        self.assertEqual(len(bh.buffer), 1)
        bh.handle(logging.makeLogRecord({}))
        self.assertEqual(bh.buffer, [])
        bh.close()

    def test_rotating_file_handler(self):
        fn = tempfile.mktemp()
        h = logging.handlers.RotatingFileHandler(fn, maxBytes=10,
                                                 backupCount=2)
        h.setFormatter(logging.Formatter("%(message)s"))
        try:
            for msg in ("aaaaaa", "bbbbbb", "cccccc", "dddddd"):
                h.handle(logging.makeLogRecord({'msg': msg}))
            h.flush()
            self.assertEqual(open(fn).read(), "dddddd\n")
            self.assertEqual(open(fn + ".1").read(), "cccccc\n")
            self.assertEqual(open(fn + ".2").read(), "bbbbbb\n")
            self.failIf(os.path.exists(fn + ".3"))
        finally:
            h.close()
            for name in (fn, fn + ".1", fn + ".2", fn + ".3"):
                if os.path.exists(name):
                    os.remove(name)


CONFIG = """
[loggers]
keys=root,parser

[handlers]
keys=out,mem

[formatters]
keys=brief

[logger_root]
level=ERROR
handlers=out

[logger_parser]
level=DEBUG
handlers=mem
qualname=cfg.parser
propagate=0

[handler_out]
class=StreamHandler
level=NOTSET
formatter=brief
args=(sys.stdout,)

[handler_mem]
class=handlers.MemoryHandler
level=INFO
formatter=brief
args=(100,)
target=out

[formatter_brief]
format=%(name)s|%(levelname)s|%(message)s
datefmt=
"""


class ConfigTest(LoggingTestCase):

    def tearDown(self):
        for node in logging.root.manager.loggerDict.values():
            if isinstance(node, logging.Logger):
                node.disabled = 0
                node.handlers = []
        LoggingTestCase.tearDown(self)

    def test_fileConfig(self):
        before = logging.getLogger("cfg.existing")
        saved = sys.stdout
        sys.stdout = out = StringIO.StringIO()
        try:
            logging.config.fileConfig(StringIO.StringIO(CONFIG))
            logging.getLogger("cfg.other").warning("dropped by root level")
            logging.getLogger("cfg.other").error("shown")
            parser = logging.getLogger("cfg.parser")
            parser.debug("below handler level")
            parser.info("buffered")
            self.assertEqual(out.getvalue(), "cfg.other|ERROR|shown\n")
            parser.handlers[0].flush()
            before.error("disabled")
        finally:
            sys.stdout = saved
        self.assertEqual(out.getvalue(), "cfg.other|ERROR|shown\n"
                                         "cfg.parser|INFO|buffered\n")
        self.assertEqual(logging.root.level, logging.ERROR)
        self.assertEqual(parser.propagate, 0)
        self.assert_(before.disabled)
        self.assert_(isinstance(parser.handlers[0],
                                logging.handlers.MemoryHandler))


def test_main():
    test_support.run_unittest(LevelTest, HierarchyTest, RecordTest,
                              FormatterTest, FilterTest, HandlerTest,
                              HandlersModuleTest, ConfigTest)

if __name__ == "__main__":
    test_main()
