"""More handlers for the logging package: rotating log files and
handlers that buffer records in memory.

The network handlers of CPython (SocketHandler, SysLogHandler, SMTPHandler,
HTTPHandler, ...) are not provided here.
"""

import logging
import time

try:
    import os
except ImportError:
    os = None

# Well-known ports, kept for programs that refer to them.
DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record and
    calls doRollover() when told to."""

    def __init__(self, filename, mode, encoding=None):
        logging.FileHandler.__init__(self, filename, mode, encoding)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)

    def _reopen(self):
        if self.encoding:
            import codecs
            self.stream = codecs.open(self.baseFilename, 'w', self.encoding)
        else:
            self.stream = open(self.baseFilename, 'w')


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to filename until it would grow past maxBytes, then renames
    it filename.1 (older ones shifting up to filename.<backupCount>) and
    starts a fresh file. With maxBytes 0 the file never rotates."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None):
        if maxBytes > 0:
            # Truncating on open would lose what rotation is meant to keep.
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self.stream.close()
        if self.backupCount > 0:
            base = self.baseFilename
            for i in range(self.backupCount - 1, 0, -1):
                older = "%s.%d" % (base, i)
                newer = "%s.%d" % (base, i + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = base + ".1"
            if os.path.exists(first):
                os.remove(first)
            os.rename(base, first)
        self._reopen()

    def shouldRollover(self, record):
        if self.maxBytes > 0:
            line = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(line) >= self.maxBytes:
                return 1
        return 0


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rotates the file at fixed intervals. when is 'S', 'M', 'H', 'D'
    (seconds, minutes, hours, days), 'MIDNIGHT', or 'W0'..'W6' (weekly,
    Monday is 0); interval multiplies the unit. Old files get a time
    suffix and at most backupCount of them are kept."""

    _units = {
        'S': (1, "%Y-%m-%d_%H-%M-%S"),
        'M': (60, "%Y-%m-%d_%H-%M"),
        'H': (60 * 60, "%Y-%m-%d_%H"),
        'D': (60 * 60 * 24, "%Y-%m-%d"),
        'MIDNIGHT': (60 * 60 * 24, "%Y-%m-%d"),
        'W': (60 * 60 * 24 * 7, "%Y-%m-%d"),
    }

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding)
        self.when = when.upper()
        self.backupCount = backupCount
        if self.when.startswith('W'):
            if len(self.when) != 2 or self.when[1] not in "0123456":
                raise ValueError("You must specify a day for weekly "
                                 "rollover from 0 to 6 (0 is Monday): %s"
                                 % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix = self._units['W']
        elif self.when in self._units:
            unit, self.suffix = self._units[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s"
                             % self.when)
        self.interval = unit * interval
        self.rolloverAt = self._nextRollover(int(time.time()))

    def _nextRollover(self, now):
        at = now + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            tm = time.localtime(now)
            into_day = tm[3] * 3600 + tm[4] * 60 + tm[5]
            at = now + (24 * 3600 - into_day)
            if self.when.startswith('W'):
                days = (self.dayOfWeek - tm[6]) % 7
                if days == 0:
                    days = 7
                at = at + (days - 1) * 24 * 3600
        return at

    def shouldRollover(self, record):
        if int(time.time()) >= self.rolloverAt:
            return 1
        return 0

    def doRollover(self):
        self.stream.close()
        start = self.rolloverAt - self.interval
        name = self.baseFilename + "." + time.strftime(
            self.suffix, time.localtime(start))
        if os.path.exists(name):
            os.remove(name)
        os.rename(self.baseFilename, name)
        if self.backupCount > 0:
            folder, base = os.path.split(self.baseFilename)
            prefix = base + "."
            olds = [f for f in os.listdir(folder) if f.startswith(prefix)]
            olds.sort()
            for f in olds[:max(0, len(olds) - self.backupCount)]:
                os.remove(os.path.join(folder, f))
        self._reopen()
        self.rolloverAt = self._nextRollover(int(time.time()))


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; when shouldFlush() says so (by
    default once capacity records are held) calls flush(), which here
    simply empties the buffer."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer = []

    def close(self):
        self.flush()
        logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them on to a target handler when the
    buffer is full or a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity or
                record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer = []

    def close(self):
        self.flush()
        self.target = None
        BufferingHandler.close(self)
