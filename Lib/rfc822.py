"""RFC 2822 message headers, addresses and dates.

Message(fp) reads the headers of a mail message from the file fp (up to
the blank line that ends them) and gives dictionary-like access to them,
with case-insensitive names. The address and date helpers (parseaddr,
AddressList, parsedate, parsedate_tz, mktime_tz, formatdate) work on
header values.

    m = rfc822.Message(open('mail.txt'))
    print m['subject'], m.getaddr('from'), m.getdate('date')
    body = m.fp.read()
"""

import time

__all__ = ["Message", "AddressList", "parsedate", "parsedate_tz",
           "mktime_tz"]

_blanklines = ('\r\n', '\n')


class Message:
    """The headers of a message read from a file."""

    def __init__(self, fp, seekable=1):
        """Read the headers from fp. If fp supports tell() and seek()
        (and seekable is true), startofheaders and startofbody record
        where they and the body begin, and rewindbody() works."""
        if seekable == 1:
            try:
                fp.tell()
            except (AttributeError, IOError):
                seekable = 0
        self.fp = fp
        self.seekable = seekable
        self.startofheaders = None
        self.startofbody = None
        if self.seekable:
            try:
                self.startofheaders = self.fp.tell()
            except IOError:
                self.seekable = 0
        self.readheaders()
        if self.seekable:
            try:
                self.startofbody = self.fp.tell()
            except IOError:
                self.seekable = 0

    def rewindbody(self):
        """Seek fp back to the start of the body."""
        if not self.seekable:
            raise IOError, "unseekable file"
        self.fp.seek(self.startofbody)

    def readheaders(self):
        """Read header lines up to the blank line (or a line that is not
        a header, which is pushed back if the file allows). Fills
        self.headers (the raw lines), self.dict (lower-cased name ->
        value, continuation lines joined) and self.unixfrom (a leading
        'From ' line); self.status tells why reading stopped early."""
        self.dict = {}
        self.unixfrom = ''
        self.headers = []
        self.status = ''
        current = None
        first = True
        unread = getattr(self.fp, 'unread', None)
        tell = None
        if unread is None and self.seekable:
            tell = self.fp.tell
        while True:
            if tell:
                try:
                    startofline = tell()
                except IOError:
                    startofline = None
                    tell = None
                    self.seekable = 0
            line = self.fp.readline()
            if not line:
                self.status = 'EOF in headers'
                break
            if first and line.startswith('From '):
                self.unixfrom = self.unixfrom + line
                continue
            first = False
            if current and line[0] in ' \t':
                # A continuation line.
                self.headers.append(line)
                value = self.dict[current] + "\n " + line.strip()
                self.dict[current] = value.strip()
                continue
            if self.iscomment(line):
                continue
            if self.islast(line):
                break
            current = self.isheader(line)
            if current:
                self.headers.append(line)
                self.dict[current] = line[len(current) + 1:].strip()
                continue
            # Not a header: the headers ended without a blank line.
            if not self.dict:
                self.status = 'No headers'
            else:
                self.status = 'Non-header line where header expected'
            if unread:
                unread(line)
            elif tell:
                self.fp.seek(startofline)
            else:
                self.status = self.status + '; bad seek'
            break

    def isheader(self, line):
        """The lower-cased header name if line starts a header, else
        None. Subclasses may override to accept other syntaxes."""
        i = line.find(':')
        if i > 0:
            return line[:i].lower()
        return None

    def islast(self, line):
        """Whether line ends the headers (by default: a blank line)."""
        return line in _blanklines

    def iscomment(self, line):
        """Whether line is to be skipped (by default: never)."""
        return False

    def _matching_lines(self, name, first_only):
        # The raw lines of the headers called name, with continuations.
        prefix = name.lower() + ':'
        n = len(prefix)
        found = []
        inside = False
        for line in self.headers:
            if line[:n].lower() == prefix:
                if first_only and found:
                    break
                inside = True
            elif not line[:1].isspace():
                if first_only and inside:
                    break
                inside = False
            if inside:
                found.append(line)
        return found

    def getallmatchingheaders(self, name):
        """The raw lines (with continuation lines) of every header
        called name."""
        return self._matching_lines(name, False)

    def getfirstmatchingheader(self, name):
        """The raw lines of the first header called name."""
        return self._matching_lines(name, True)

    def getrawheader(self, name):
        """The text after 'name:' of the first such header, continuation
        lines included, unstripped; None if absent."""
        lines = self.getfirstmatchingheader(name)
        if not lines:
            return None
        lines[0] = lines[0][len(name) + 1:]
        return ''.join(lines)

    def getheader(self, name, default=None):
        """The (last) value of header name, or default."""
        return self.dict.get(name.lower(), default)

    get = getheader

    def getheaders(self, name):
        """The values of every header called name, as a list."""
        values = []
        current = None
        for line in self.getallmatchingheaders(name):
            if line[0].isspace():
                if current:
                    current = "%s\n %s" % (current, line.strip())
                else:
                    current = line.strip()
            else:
                if current is not None:
                    values.append(current)
                current = line[line.find(":") + 1:].strip()
        if current is not None:
            values.append(current)
        return values

    def getaddr(self, name):
        """(realname, address) of the first address in header name, or
        (None, None)."""
        addresses = self.getaddrlist(name)
        if addresses:
            return addresses[0]
        return None, None

    def getaddrlist(self, name):
        """All (realname, address) pairs in every header called name."""
        parts = []
        for line in self.getallmatchingheaders(name):
            if line[0] in ' \t':
                parts.append(line)
            else:
                if parts:
                    parts.append(', ')
                i = line.find(':')
                if i > 0:
                    parts.append(line[i + 1:])
        return AddressList(''.join(parts)).addresslist

    def getdate(self, name):
        """The date in header name as a 9-tuple (see parsedate), or
        None."""
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate(data)

    def getdate_tz(self, name):
        """The date in header name as a 10-tuple (see parsedate_tz), or
        None."""
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate_tz(data)

    # -- the mapping interface

    def __len__(self):
        return len(self.dict)

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def __setitem__(self, name, value):
        """Replace every header called name by one with value."""
        del self[name]
        self.dict[name.lower()] = value
        for line in (name + ": " + value).split("\n"):
            self.headers.append(line + "\n")

    def __delitem__(self, name):
        """Remove every header called name (absent names are fine)."""
        name = name.lower()
        if name not in self.dict:
            return
        del self.dict[name]
        # Drop the header's lines and continuation lines.
        prefix = name + ':'
        n = len(prefix)
        kept = []
        inside = False
        for line in self.headers:
            if line[:n].lower() == prefix:
                inside = True
            elif not line[:1].isspace():
                inside = False
            if not inside:
                kept.append(line)
        self.headers = kept

    def setdefault(self, name, default=""):
        lower = name.lower()
        if lower in self.dict:
            return self.dict[lower]
        for line in (name + ": " + default).split("\n"):
            self.headers.append(line + "\n")
        self.dict[lower] = default
        return default

    def has_key(self, name):
        return name.lower() in self.dict

    def __contains__(self, name):
        return name.lower() in self.dict

    def __iter__(self):
        return iter(self.dict)

    def keys(self):
        return self.dict.keys()

    def values(self):
        return self.dict.values()

    def items(self):
        return self.dict.items()

    def __str__(self):
        return ''.join(self.headers)


# ------------------------------------------------------------------
# Quoting

def unquote(s):
    """Remove one level of "quotes" (undoing backslash escapes) or
    <angle brackets> from s."""
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s.startswith('<') and s.endswith('>'):
            return s[1:-1]
    return s

def quote(s):
    """Escape backslashes and double quotes for use inside quotes."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


# ------------------------------------------------------------------
# Addresses

def parseaddr(address):
    """(realname, email address) of the first address in the string, or
    (None, None)."""
    addresses = AddressList(address).addresslist
    if not addresses:
        return None, None
    return addresses[0]


class AddrlistClass:
    """Parser for RFC 2822 address lists (with groups, route addresses,
    quoted strings, comments and domain literals). getaddrlist() returns
    the list of (realname, address) pairs; when an address carries no
    phrase, its comments serve as the real name."""

    def __init__(self, field):
        self.specials = '()<>@,:;.\"[]'
        self.pos = 0
        self.LWS = ' \t'
        self.CR = '\r\n'
        self.atomends = self.specials + self.LWS + self.CR
        # A phrase may contain dots ("J. Smith").
        self.phraseends = self.atomends.replace('.', '')
        self.field = field
        self.commentlist = []

    def _at(self):
        # The current character, or '' at the end.
        return self.field[self.pos:self.pos + 1]

    def gotonext(self):
        """Skip white space and comments (keeping the comments)."""
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.LWS + '\n\r':
                self.pos = self.pos + 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            else:
                break

    def getaddrlist(self):
        result = []
        while self.pos < len(self.field):
            start = self.pos
            found = self.getaddress()
            if found:
                result.extend(found)
            elif self.pos == start:
                break
        return result

    def getaddress(self):
        """Parse one address (or group); returns a list of pairs."""
        self.commentlist = []
        self.gotonext()
        start = self.pos
        saved_comments = self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        result = []
        c = self._at()
        if c == '':
            if phrase:
                result = [(' '.join(self.commentlist), phrase[0])]
        elif c in '.@':
            # It was the local part of an addr-spec: parse it as one.
            self.pos = start
            self.commentlist = saved_comments
            spec = self.getaddrspec()
            result = [(' '.join(self.commentlist), spec)]
        elif c == ':':
            # A group: "name: member, member;"
            self.pos = self.pos + 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._at() == ';':
                    self.pos = self.pos + 1
                    break
                before = self.pos
                result = result + self.getaddress()
                if self.pos == before:
                    self.pos = self.pos + 1
        elif c == '<':
            route = self.getrouteaddr()
            name = ' '.join(phrase)
            if self.commentlist:
                name = name + ' (' + ' '.join(self.commentlist) + ')'
            result = [(name, route)]
        else:
            if phrase:
                result = [(' '.join(self.commentlist), phrase[0])]
            elif c in self.specials:
                self.pos = self.pos + 1
        self.gotonext()
        if self._at() == ',':
            self.pos = self.pos + 1
        return result

    def getrouteaddr(self):
        """Parse "<[@route,...:]addr-spec>"; returns the addr-spec."""
        if self._at() != '<':
            return None
        self.pos = self.pos + 1
        self.gotonext()
        spec = ''
        in_route = False
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if in_route:
                self.getdomain()
                in_route = False
            elif c == '>':
                self.pos = self.pos + 1
                break
            elif c == '@':
                self.pos = self.pos + 1
                in_route = True
            elif c in ',:':
                # separators of the obsolete source route
                self.pos = self.pos + 1
            else:
                spec = self.getaddrspec()
                self.pos = self.pos + 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """Parse "local-part[@domain]"."""
        parts = []
        self.gotonext()
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c == '.':
                parts.append('.')
                self.pos = self.pos + 1
            elif c == '"':
                parts.append('"%s"' % quote(self.getquote()))
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
            self.gotonext()
        if self._at() != '@':
            return ''.join(parts)
        parts.append('@')
        self.pos = self.pos + 1
        self.gotonext()
        return ''.join(parts) + self.getdomain()

    def getdomain(self):
        """Parse a domain (atoms, dots and [literals])."""
        parts = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.LWS:
                self.pos = self.pos + 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c == '[':
                parts.append(self.getdomainliteral())
            elif c == '.':
                self.pos = self.pos + 1
                parts.append('.')
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return ''.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=1):
        """The text between beginchar (at the current position) and the
        first of endchars, with backslash escapes resolved and (if
        allowcomments) nested comments included."""
        if self._at() != beginchar:
            return ''
        self.pos = self.pos + 1
        out = []
        escaped = False
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if escaped:
                out.append(c)
                escaped = False
            elif c in endchars:
                self.pos = self.pos + 1
                break
            elif allowcomments and c == '(':
                out.append(self.getcomment())
                continue
            elif c == '\\':
                escaped = True
            else:
                out.append(c)
            self.pos = self.pos + 1
        return ''.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', 0)

    def getcomment(self):
        return self.getdelimited('(', ')\r', 1)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', 0)

    def getatom(self, atomends=None):
        """The run of characters up to one of atomends."""
        if atomends is None:
            atomends = self.atomends
        start = self.pos
        while self.pos < len(self.field) and \
                self.field[self.pos] not in atomends:
            self.pos = self.pos + 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """The words (atoms and quoted strings) of a phrase; comments met
        are added to commentlist."""
        words = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.LWS:
                self.pos = self.pos + 1
            elif c == '"':
                words.append(self.getquote())
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The addresses of a header value as a set-like list of
    (realname, address) pairs (in self.addresslist); + and - combine
    lists without duplicates."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        if field:
            self.addresslist = self.getaddrlist()
        else:
            self.addresslist = []

    def __len__(self):
        return len(self.addresslist)

    def __str__(self):
        return ", ".join(map(dump_address_pair, self.addresslist))

    def __add__(self, other):
        result = AddressList(None)
        result.addresslist = self.addresslist[:]
        for x in other.addresslist:
            if x not in result.addresslist:
                result.addresslist.append(x)
        return result

    def __iadd__(self, other):
        for x in other.addresslist:
            if x not in self.addresslist:
                self.addresslist.append(x)
        return self

    def __sub__(self, other):
        result = AddressList(None)
        result.addresslist = [x for x in self.addresslist
                              if x not in other.addresslist]
        return result

    def __isub__(self, other):
        for x in other.addresslist:
            if x in self.addresslist:
                self.addresslist.remove(x)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]


def dump_address_pair(pair):
    """Format (realname, address) as '"realname" <address>' (or just the
    address when there is no name)."""
    if pair[0]:
        return '"' + pair[0] + '" <' + pair[1] + '>'
    return pair[1]


# ------------------------------------------------------------------
# Dates

_monthnames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul',
               'aug', 'sep', 'oct', 'nov', 'dec',
               'january', 'february', 'march', 'april', 'may', 'june',
               'july', 'august', 'september', 'october', 'november',
               'december']
_daynames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# Zone names from RFC 822, in +hhmm form.
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300,
              'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500,
              'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700}

def parsedate_tz(data):
    """Parse a date like 'Mon, 20 Nov 1995 19:12:08 -0500' into a
    10-tuple: the 9 fields of time.mktime() (weekday, yearday and DST
    set to 0, 1, 0) plus the zone's offset from UTC in seconds (None if
    there is no zone). Returns None if data is not a date. Lenient about
    the order and punctuation of the parts."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0][-1] in (',', '.') or words[0].lower() in _daynames:
        del words[0]
    else:
        # "Mon,20 Nov ...": a day name glued on with a comma.
        i = words[0].rfind(',')
        if i >= 0:
            words[0] = words[0][i + 1:]
    if len(words) == 3:
        # RFC 850: "20-Nov-95 19:12:08 GMT"
        pieces = words[0].split('-')
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        last = words[3]
        i = last.find('+')
        if i > 0:
            words[3:] = [last[:i], last[i + 1:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    mm = mm.lower()
    if mm not in _monthnames:
        dd, mm = mm, dd.lower()
        if mm not in _monthnames:
            return None
    mm = _monthnames.index(mm) % 12 + 1
    if dd[-1:] == ',':
        dd = dd[:-1]
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy[-1:] == ',':
        yy = yy[:-1]
    if yy and not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1:] == ',':
        tm = tm[:-1]
    hms = tm.split(':')
    if len(hms) == 2:
        hms.append('0')
    if len(hms) != 3:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh, tmm, tss = int(hms[0]), int(hms[1]), int(hms[2])
    except ValueError:
        return None
    if yy < 100:
        # Two-digit years: 69..99 are 1900s, the rest 2000s.
        if yy > 68:
            yy = yy + 1900
        else:
            yy = yy + 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _timezones:
        tzoffset = _timezones[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
    if tzoffset:
        sign = 1
        if tzoffset < 0:
            sign = -1
            tzoffset = -tzoffset
        tzoffset = sign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return (yy, mm, dd, thh, tmm, tss, 0, 1, 0, tzoffset)

def parsedate(data):
    """Like parsedate_tz, without the zone: a 9-tuple or None."""
    t = parsedate_tz(data)
    if t is None:
        return None
    return t[:9]

def mktime_tz(data):
    """The UTC timestamp of a 10-tuple from parsedate_tz (without a
    zone, local time is assumed)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    t = time.mktime(data[:8] + (0,))
    return t - data[9] - time.timezone

def formatdate(timeval=None):
    """An RFC 822 date, in GMT, for the timestamp timeval (default:
    now), e.g. 'Tue, 15 Nov 1994 08:12:31 GMT'."""
    if timeval is None:
        timeval = time.time()
    t = time.gmtime(timeval)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[t[6]],
        t[2],
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[t[1] - 1],
        t[0], t[3], t[4], t[5])
