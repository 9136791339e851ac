"""Reading and writing of CSV (comma separated values) files.

reader(iterable, dialect='excel', **fmtparams) returns an iterator of
rows (lists of strings) read from an iterable of lines, such as a
file; writer(fileobj, dialect='excel', **fmtparams) returns an object
whose writerow()/writerows() write rows to fileobj.  Dialects are sets
of formatting parameters (delimiter, quotechar, escapechar,
doublequote, skipinitialspace, lineterminator, quoting) registered by
name.  DictReader/DictWriter map rows to dictionaries; Sniffer guesses
the dialect of a sample.

The parser and writer are written in Python here (no _csv extension).
"""

__version__ = "1.0"

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "field_size_limit"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass

_dialects = {}
_limit = [128 * 1024]


def field_size_limit(*args):
    """field_size_limit([limit]): return the old largest field size the
    reader accepts, setting a new one if given."""
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 arguments, "
                        "got %d" % len(args))
    old = _limit[0]
    if args:
        new = args[0]
        if not isinstance(new, (int, long)):
            raise TypeError("limit must be an integer")
        _limit[0] = new
    return old

# ------------------------------------------------------------ dialects

_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _one_char(name, value, may_be_none):
    if value is None and may_be_none:
        return None
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError('"%s" must be an 1-character string' % name)
    return value


class _Settings(object):
    """A validated, immutable set of dialect parameters."""

    __slots__ = _PARAMS

    def __init__(self, base, overrides):
        values = {'delimiter': ',', 'doublequote': True,
                  'escapechar': None, 'lineterminator': '\r\n',
                  'quotechar': '"', 'quoting': QUOTE_MINIMAL,
                  'skipinitialspace': False, 'strict': False}
        if base is not None:
            for name in _PARAMS:
                if hasattr(base, name):
                    values[name] = getattr(base, name)
        for name, value in overrides.items():
            if name not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % name)
            values[name] = value

        set = object.__setattr__
        set(self, 'delimiter', _one_char('delimiter', values['delimiter'],
                                         False))
        set(self, 'quotechar', _one_char('quotechar', values['quotechar'],
                                         True))
        set(self, 'escapechar', _one_char('escapechar',
                                          values['escapechar'], True))
        terminator = values['lineterminator']
        if not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        set(self, 'lineterminator', terminator)
        quoting = values['quoting']
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                           QUOTE_NONE) or not isinstance(quoting, int):
            raise TypeError('bad "quoting" value')
        set(self, 'quoting', quoting)
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        set(self, 'doublequote', bool(values['doublequote']))
        set(self, 'skipinitialspace', bool(values['skipinitialspace']))
        set(self, 'strict', bool(values['strict']))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of dialect objects is not "
                             "writable" % name)


def _settings(dialect, fmtparams):
    if isinstance(dialect, basestring):
        dialect = get_dialect(dialect)
    return _Settings(dialect, fmtparams)


def register_dialect(name, dialect=None, **fmtparams):
    """Register a dialect (a Dialect subclass/instance and/or keyword
    parameters) under a name."""
    if not isinstance(name, basestring):
        raise TypeError("dialect name must be a string or unicode")
    _dialects[name] = _Settings(dialect, fmtparams)


def unregister_dialect(name):
    """Forget a registered dialect."""
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect")


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    """Return the names of the registered dialects."""
    return _dialects.keys()


class Dialect:
    """Describe a CSV dialect: subclass and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Settings(self, {})
        except TypeError, e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)

# ------------------------------------------------------------ reading

# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL) = range(8)

_EOL = None      # fed to the state machine after each line


class _Reader(object):

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        text = ''.join(self._chars)
        self._chars = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add_char(self, c):
        if len(self._chars) >= _limit[0]:
            raise Error("field larger than field limit (%d)" % _limit[0])
        self._chars.append(c)

    def _feed(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return          # an empty line: the record is []
            if c in '\n\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in '\n\r':
                self._save_field()
                if c is _EOL:
                    self._state = _START_RECORD
                else:
                    self._state = _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD:
            if c is _EOL or c in '\n\r':
                self._save_field()
                if c is _EOL:
                    self._state = _START_RECORD
                else:
                    self._state = _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                # A doubled quote stands for one.
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c in '\n\r':
                self._save_field()
                if c is _EOL:
                    self._state = _START_RECORD
                else:
                    self._state = _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'"
                            % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c in '\n\r':
                pass
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in "
                            "universal-newline mode?")

    def next(self):
        self._fields = []
        self._chars = []
        self._numeric = False
        self._state = _START_RECORD
        while 1:
            try:
                line = self._lines.next()
            except StopIteration:
                if self._chars or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            self.line_num += 1
            if not isinstance(line, basestring):
                raise Error("expected string or Unicode object, %s found"
                            % type(line).__name__)
            if '\0' in line:
                raise Error("line contains NULL byte")
            for c in line:
                self._feed(c)
            self._feed(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect='excel', **fmtparams):
    """Return an iterator over the rows of csvfile (any iterable of
    lines)."""
    return _Reader(csvfile, _settings(dialect, fmtparams))

# ------------------------------------------------------------ writing


class _Writer(object):

    def __init__(self, fileobj, dialect):
        if not hasattr(fileobj, 'write'):
            raise TypeError("argument 1 must have a \"write\" method")
        self._write = fileobj.write
        self.dialect = dialect

    def _format_field(self, field, quoted, alone):
        d = self.dialect
        specials = [d.delimiter, d.quotechar, d.escapechar]
        out = []
        for c in field:
            escape = False
            if c in specials or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if not field and alone:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        text = ''.join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Write one row (a sequence of fields)."""
        d = self.dialect
        try:
            fields = list(row)
        except TypeError:
            raise Error("sequence expected")
        if isinstance(row, basestring):
            raise Error("sequence expected")
        parts = []
        alone = len(fields) == 1
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, long, float))
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._format_field(text, quoted, alone))
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Write every row of an iterable of rows."""
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect='excel', **fmtparams):
    """Return a writer object that writes rows to fileobj."""
    return _Writer(fileobj, _settings(dialect, fmtparams))

# ------------------------------------------------------------ dictionaries


class DictReader:
    """Read rows as dictionaries keyed by fieldnames (by default the
    first row).  Extra values go under restkey; missing ones are
    restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)

    def __iter__(self):
        return self

    def next(self):
        row = self.reader.next()
        if self.fieldnames is None:
            self.fieldnames = row
            row = self.reader.next()
        # Blank lines give no records.
        while row == []:
            row = self.reader.next()
        d = dict(zip(self.fieldnames, row))
        nf = len(self.fieldnames)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in self.fieldnames[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dictionaries as rows, in the order of fieldnames.  Missing
    keys are written as restval; extra keys raise ValueError unless
    extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError, \
                  ("extrasaction (%s) must be 'raise' or 'ignore'" %
                   extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            for k in rowdict.keys():
                if k not in self.fieldnames:
                    raise ValueError, "dict contains fields not in fieldnames"
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        rows = []
        for rowdict in rowdicts:
            rows.append(self._dict_to_list(rowdict))
        return self.writer.writerows(rows)

# ------------------------------------------------------------ sniffing

try:
    complex
except NameError:
    complex = float


class Sniffer:
    """Guess the format of CSV data from a sample."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing sample."""
        quotechar, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error, "Could not determine delimiter"

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''
            doublequote = False

        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Look for quoted fields: a quote preceded by start-of-line or
        a delimiter (and maybe blanks), closed by a quote followed by a
        delimiter or end-of-line.  The most used quote and delimiter
        win."""
        quotes = {}
        delims = {}
        spaces = 0
        for line in data.split('\n'):
            line = line.rstrip('\r')
            n = len(line)
            i = 0
            while i < n:
                q = line[i]
                if q not in '\'"':
                    i += 1
                    continue
                # What stands before the opening quote?
                k = i - 1
                blank = False
                while k >= 0 and line[k] == ' ':
                    k -= 1
                    blank = True
                if k >= 0:
                    before = line[k]
                    if before.isalnum() or before in '\'"':
                        i += 1
                        continue
                else:
                    before = None
                close = line.find(q, i + 1)
                if close < 0:
                    break
                after = None
                if close + 1 < n:
                    after = line[close + 1]
                    if after.isalnum() or after in '\'"':
                        i = close
                        continue
                delim = before or after
                if delim == ' ' or (delimiters and delim is not None and
                                    delim not in delimiters):
                    i = close + 1
                    continue
                quotes[q] = quotes.get(q, 0) + 1
                if delim is not None:
                    delims[delim] = delims.get(delim, 0) + 1
                if blank and before is not None:
                    spaces += 1
                i = close + 1
        if not quotes:
            return ('', None, 0)
        quotechar = max([(count, q) for q, count in quotes.items()])[1]
        if delims:
            delim = max([(count, d) for d, count in delims.items()])[1]
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        return (quotechar, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Pick the character whose count per line is the most
        consistent (same count on most lines), preferring the usual
        delimiters on a tie."""
        lines = [line for line in data.split('\n') if line]
        if not lines:
            return ('', 0)
        candidates = {}
        for line in lines:
            for c in line:
                if delimiters and c not in delimiters:
                    continue
                if c.isalnum() or c in '\'"\r':
                    continue
                candidates[c] = 1
        best = []
        threshold = 1.0
        while not best and threshold >= 0.5:
            for c in candidates:
                counts = {}
                for line in lines:
                    k = line.count(c)
                    counts[k] = counts.get(k, 0) + 1
                mode, freq = max([(f, k) for k, f in counts.items()])[::-1]
                if mode > 0 and float(freq) / len(lines) >= threshold:
                    best.append((freq, mode, c))
            threshold -= 0.1
        if not best:
            return ('', 0)
        if len(best) > 1:
            for c in self.preferred:
                for entry in best:
                    if entry[2] == c:
                        best = [entry]
                        break
                if len(best) == 1:
                    break
        best.sort()
        delim = best[-1][2]
        first = lines[0]
        skip = first.count(delim) == first.count(delim + ' ')
        return (delim, skip)

    def has_header(self, sample):
        """Guess whether the first row of sample is a header: it is if
        its cells differ in type or length from the columns below."""
        from StringIO import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = rows.next()
        columns = len(header)
        kinds = {}
        for i in range(columns):
            kinds[i] = None
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in kinds.keys():
                for kind in (int, long, float, complex):
                    try:
                        kind(row[col])
                        break
                    except (ValueError, OverflowError):
                        pass
                else:
                    kind = len(row[col])
                if kind == long:
                    kind = int
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                if len(header[col]) != kind:
                    votes += 1
                else:
                    votes -= 1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
