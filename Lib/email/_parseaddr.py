"""Date and address parsing shared by email.utils (RFC 2822)."""

import time
import calendar

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun',
           'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# Named zones RFC 822 allows, as offsets in hours*100 (like -0500).
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300,
          'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500,
          'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


def _month_number(word):
    word = word.lower()[:3]
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    return None


def parsedate_tz(data):
    """Parse an RFC 2822 date into a 10-tuple; the last item is the
    zone's offset from UTC in seconds (None when no zone was given).
    Returns None when the string is not a date."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    # Drop a leading day name ("Mon," or "Mon").
    head = words[0].rstrip(',').lower()
    if words[0].endswith(',') or head[:3] in _WEEKDAYS:
        del words[0]
    else:
        # "Mon,20 Nov ..." has no space after the comma.
        pos = words[0].rfind(',')
        if pos >= 0:
            words[0] = words[0][pos + 1:]
    if len(words) == 3:
        # "20-Nov-1995 hh:mm" style or "Nov 20 1995" without a time.
        first = words[0].split('-')
        if len(first) == 3:
            words = first + words[1:]
    if len(words) == 4:
        last = words[3]
        pos = last.find('+')
        if pos < 0:
            pos = last.find('-')
        if pos > 0:
            words[3:] = [last[:pos], last[pos:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if _month_number(month) is None:
        day, month = month, day
        if _month_number(month) is None:
            return None
    mon = _month_number(month)
    day = day.rstrip(',')
    if ':' in year:
        # The year and the time are swapped (asctime order).
        year, clock = clock, year
    year = year.rstrip(',')
    if year and not year[0].isdigit():
        year, zone = zone, year
    if clock.endswith(','):
        clock = clock[:-1]
    parts = clock.split(':')
    if len(parts) == 2:
        hh, mm = parts
        ss = '0'
    elif len(parts) == 3:
        hh, mm, ss = parts
    else:
        return None
    try:
        year = int(year)
        day = int(day)
        hh = int(hh)
        mm = int(mm)
        ss = int(ss)
    except ValueError:
        return None
    if year < 100:
        if year > 68:
            year += 1900
        else:
            year += 2000
    offset = None
    zone = zone.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        try:
            offset = int(zone)
        except ValueError:
            offset = None
    if offset is not None:
        sign = 1
        if offset < 0:
            sign = -1
            offset = -offset
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return (year, mon, day, hh, mm, ss, 0, 1, -1, offset)


def parsedate(data):
    """Like parsedate_tz() but return a 9-tuple without the offset."""
    t = parsedate_tz(data)
    if t is None:
        return None
    return t[:9]


def mktime_tz(data):
    """Turn a 10-tuple from parsedate_tz() into a UTC timestamp."""
    if data[9] is None:
        return time.mktime(tuple(data[:8]) + (-1,))
    return calendar.timegm(tuple(data[:6]) + (0, 1, 0)) - data[9]


def quote(s):
    """Backslash-escape backslashes and double quotes in s."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


# ---- address lists --------------------------------------------------------

_SPECIALS = '()<>@,:;."[]'
_WHITE = ' \t\r\n'


class AddrlistClass:
    """Tokenize and parse an RFC 2822 address list.

    After construction, getaddrlist() returns [(realname, addr), ...]."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.commentlist = []

    def _skip_space(self):
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in _WHITE:
                self.pos += 1
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            else:
                break

    def _delimited(self, opener, closer, allow_comments):
        # Returns the text between opener and closer, unescaped.
        assert self.field[self.pos] == opener
        self.pos += 1
        out = []
        escaped = False
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if escaped:
                out.append(ch)
                escaped = False
            elif ch == '\\':
                escaped = True
            elif ch == closer:
                self.pos += 1
                return ''.join(out)
            elif allow_comments and ch == '(':
                out.append(self.getcomment())
                continue
            else:
                out.append(ch)
            self.pos += 1
        return ''.join(out)

    def getquote(self):
        return self._delimited('"', '"', False)

    def getcomment(self):
        return self._delimited('(', ')', True)

    def getdomainliteral(self):
        return '[%s]' % self._delimited('[', ']', False)

    def getatom(self, stop=_SPECIALS):
        start = self.pos
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in stop or ch in _WHITE:
                break
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        words = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in _WHITE:
                self.pos += 1
            elif ch == '"':
                words.append(self.getquote())
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch in '()<>@,:;[]':
                break
            elif ch == '.':
                # obsolete phrases allow dots
                words.append('.')
                self.pos += 1
            else:
                words.append(self.getatom(_SPECIALS))
        # rejoin "a . b" pieces as in "J. Smith"
        out = []
        for w in words:
            if w == '.' and out:
                out[-1] = out[-1] + '.'
            else:
                out.append(w)
        return out

    def getaddrspec(self):
        local = []
        self._skip_space()
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch == '.':
                local.append('.')
                self.pos += 1
            elif ch == '"':
                local.append('"%s"' % quote(self.getquote()))
            elif ch in _WHITE or ch == '(':
                self._skip_space()
            elif ch in _SPECIALS:
                break
            else:
                local.append(self.getatom())
        text = ''.join(local)
        self._skip_space()
        if self.pos >= len(self.field) or self.field[self.pos] != '@':
            return text
        self.pos += 1
        return text + '@' + self.getdomain()

    def getdomain(self):
        parts = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in _WHITE or ch == '(':
                self._skip_space()
            elif ch == '[':
                parts.append(self.getdomainliteral())
            elif ch == '.':
                parts.append('.')
                self.pos += 1
            elif ch in _SPECIALS:
                break
            else:
                parts.append(self.getatom())
        return ''.join(parts)

    def getrouteaddr(self):
        # at '<'; source routes (@a,@b:) are read and dropped
        self.pos += 1
        self._skip_space()
        addr = ''
        in_route = False
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if in_route:
                self.getdomain()
                in_route = False
            elif ch == '>':
                self.pos += 1
                break
            elif ch == '@':
                self.pos += 1
                in_route = True
            elif ch == ':':
                self.pos += 1
            elif ch in _WHITE or ch == '(':
                self._skip_space()
            else:
                addr = self.getaddrspec()
                self._skip_space()
                if self.pos < len(self.field) and self.field[self.pos] == '>':
                    self.pos += 1
                break
        return addr

    def getaddress(self):
        self.commentlist = []
        self._skip_space()
        start = self.pos
        phrase = self.getphraselist()
        self._skip_space()
        if self.pos >= len(self.field):
            if phrase:
                return [(' '.join(self.commentlist), phrase[0])]
            return []
        ch = self.field[self.pos]
        if ch in '.@':
            # a bare addr-spec; reparse it from the start
            self.pos = start
            self.commentlist = []
            spec = self.getaddrspec()
            if self.commentlist:
                result = [(' '.join(self.commentlist), spec)]
            else:
                result = [('', spec)]
        elif ch == ':':
            # a group: name: addr, addr;
            result = []
            self.pos += 1
            while self.pos < len(self.field):
                self._skip_space()
                if self.pos < len(self.field) and self.field[self.pos] == ';':
                    self.pos += 1
                    break
                result.extend(self.getaddress())
        elif ch == '<':
            spec = self.getrouteaddr()
            if phrase:
                result = [(' '.join(phrase), spec)]
            else:
                result = [(' '.join(self.commentlist), spec)]
        else:
            if phrase:
                result = [(' '.join(self.commentlist), phrase[0])]
            else:
                result = []
            if ch in _SPECIALS:
                self.pos += 1
        self._skip_space()
        if self.pos < len(self.field) and self.field[self.pos] == ',':
            self.pos += 1
        return result

    def getaddrlist(self):
        result = []
        while self.pos < len(self.field):
            got = self.getaddress()
            if got:
                result.extend(got)
            else:
                result.append(('', ''))
        return result


class AddressList(AddrlistClass):
    """The parsed addresses of a header, in .addresslist."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        if field:
            self.addresslist = self.getaddrlist()
        else:
            self.addresslist = []

    def __len__(self):
        return len(self.addresslist)
