"""Parsing of time strings for time.strptime() and datetime.strptime().

The format is compiled into a list of items (literals, runs of
whitespace, directives); a directive offers its possible spellings in a
fixed order of preference and the matcher backtracks over them, so
'%m%d' and similar formats without separators work.  The result is a
time.struct_time.

Names (weekdays, months, AM/PM) come from time.strftime, so they follow
the C library's current LC_TIME locale.
"""

import time

__all__ = ['strptime']

_DIGITS = '0123456789'
_NONZERO = '123456789'

# Numeric directives: their spellings, most preferred first, each a
# sequence of allowed characters per position.
_NUMERIC = {
    'd': (('3', '01'), ('12', _DIGITS), ('0', _NONZERO), (_NONZERO,),
          (' ', _NONZERO)),
    'H': (('2', '0123'), ('01', _DIGITS), (_DIGITS,)),
    'I': (('1', '012'), ('0', _NONZERO), (_NONZERO,)),
    'j': (('3', '6', '0123456'), ('3', '012345', _DIGITS),
          ('12', _DIGITS, _DIGITS), ('0', _NONZERO, _DIGITS),
          ('0', '0', _NONZERO), (_NONZERO, _DIGITS), ('0', _NONZERO),
          (_NONZERO,)),
    'm': (('1', '012'), ('0', _NONZERO), (_NONZERO,)),
    'M': (('012345', _DIGITS), (_DIGITS,)),
    'S': (('6', '01'), ('012345', _DIGITS), (_DIGITS,)),
    'U': (('5', '0123'), ('01234', _DIGITS), (_DIGITS,)),
    'W': (('5', '0123'), ('01234', _DIGITS), (_DIGITS,)),
    'w': (('0123456',),),
    'y': ((_DIGITS, _DIGITS),),
    'Y': ((_DIGITS, _DIGITS, _DIGITS, _DIGITS),),
}

_WHITESPACE = ' \t\n\r\x0b\x0c'


class _LocaleNames(object):
    """Lower-case locale names, read through time.strftime."""

    def __init__(self):
        # 2001-01-01 was a Monday.
        def fmt(spec, tup):
            return time.strftime(spec, tup).lower()
        days = [(2001, 1, i + 1, 0, 0, 0, i, i + 1, 0) for i in range(7)]
        self.a_weekday = [fmt('%a', t) for t in days]
        self.f_weekday = [fmt('%A', t) for t in days]
        months = [(2001, i, 1, 0, 0, 0, 0, 1, 0) for i in range(1, 13)]
        self.a_month = [''] + [fmt('%b', t) for t in months]
        self.f_month = [''] + [fmt('%B', t) for t in months]
        self.am_pm = [fmt('%p', (1999, 3, 17, 1, 44, 55, 2, 76, 0)),
                      fmt('%p', (1999, 3, 17, 22, 44, 55, 2, 76, 0))]
        std = set(['utc', 'gmt', time.tzname[0].lower()])
        if time.daylight:
            dst = set([time.tzname[1].lower()])
        else:
            dst = set()
        self.timezone = (std, dst)
        self.composite = {'c': '%a %b %d %H:%M:%S %Y',
                          'x': '%m/%d/%y',
                          'X': '%H:%M:%S'}

    def names(self, directive):
        """The spellings of a name directive, longest first (so that a
        name that is a prefix of another one is tried last)."""
        if directive == 'a':
            values = self.a_weekday
        elif directive == 'A':
            values = self.f_weekday
        elif directive == 'b':
            values = self.a_month[1:]
        elif directive == 'B':
            values = self.f_month[1:]
        elif directive == 'p':
            values = self.am_pm
        else:   # 'Z'
            values = list(self.timezone[0]) + list(self.timezone[1])
        values = [v for v in values if v]
        values.sort(key=len, reverse=True)
        return values


def _compile(format, names, items=None, depth=0):
    """Turn format into a list of ('lit', c), ('ws',), ('dir', d)."""
    if items is None:
        items = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d == '%':
                items.append(('lit', '%'))
            elif d in _NUMERIC or d in 'aAbBpZ':
                items.append(('dir', d))
            elif d in names.composite and depth == 0:
                _compile(names.composite[d], names, items, 1)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, format))
        elif c in _WHITESPACE:
            while i < n and format[i] in _WHITESPACE:
                i += 1
            items.append(('ws',))
        else:
            items.append(('lit', c.lower()))
            i += 1
    return items


def _candidates(directive, data, pos, names):
    """End positions at which directive can stop, best first."""
    if directive in _NUMERIC:
        ends = []
        for spelling in _NUMERIC[directive]:
            end = pos + len(spelling)
            if end > len(data):
                continue
            for k in range(len(spelling)):
                if data[pos + k] not in spelling[k]:
                    break
            else:
                ends.append(end)
        return ends
    ends = []
    low = data[pos:].lower()
    for name in names.names(directive):
        if low.startswith(name):
            ends.append(pos + len(name))
    return ends


def _match(items, data, names):
    """Match items against the start of data; return (fields, end) or
    None.  fields maps each directive to the text it matched."""
    # An explicit stack of choice points instead of recursion, so that
    # long formats cannot exhaust the recursion limit.
    n_items = len(items)
    stack = []          # (item index, position, remaining ends, fields)
    idx = 0
    pos = 0
    fields = {}
    while True:
        if idx == n_items:
            return fields, pos
        item = items[idx]
        kind = item[0]
        ok = True
        if kind == 'lit':
            if pos < len(data) and data[pos].lower() == item[1]:
                pos += 1
                idx += 1
            else:
                ok = False
        elif kind == 'ws':
            while pos < len(data) and data[pos] in _WHITESPACE:
                pos += 1
            idx += 1
        else:
            d = item[1]
            ends = _candidates(d, data, pos, names)
            if ends:
                if d in fields:
                    # A repeated directive must match the same way.
                    ends = [e for e in ends if data[pos:e] == fields[d]]
                if ends:
                    stack.append((idx, pos, ends[1:], dict(fields)))
                    fields[d] = data[pos:ends[0]]
                    pos = ends[0]
                    idx += 1
                else:
                    ok = False
            else:
                ok = False
        if not ok:
            # Back to the latest directive with another spelling left.
            while stack:
                sidx, spos, rest, sfields = stack.pop()
                if rest:
                    stack.append((sidx, spos, rest[1:], sfields))
                    fields = dict(sfields)
                    fields[items[sidx][1]] = data[spos:rest[0]]
                    pos = rest[0]
                    idx = sidx + 1
                    break
            else:
                return None


def _days_before(year, month, day):
    """Ordinal day of the year (1-based) of a valid date."""
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        lengths[1] = 29
    if not 1 <= month <= 12 or not 1 <= day <= lengths[month - 1]:
        raise ValueError("day is out of range for month")
    return sum(lengths[:month - 1]) + day


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year from a %U/%W week number and a weekday."""
    import datetime
    first = datetime.date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_length + 7 * (week - 1) + weekday


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the format
    string."""
    names = _LocaleNames()
    items = _compile(format, names)
    found = _match(items, data_string, names)
    if found is None:
        raise ValueError("time data did not match format:  data=%s  fmt=%s"
                         % (data_string, format))
    fields, end = found
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" %
                         data_string[end:])

    year = 1900
    month = day = 1
    hour = minute = second = 0
    tz = -1
    week_of_year = -1
    week_starts_monday = True
    weekday = julian = -1
    for key, text in fields.items():
        if key == 'y':
            year = int(text)
            if year <= 68:
                year += 2000
            else:
                year += 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = names.f_month.index(text.lower())
        elif key == 'b':
            month = names.a_month.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = fields.get('p', '').lower()
            if ampm in ('', names.am_pm[0]):
                if hour == 12:
                    hour = 0
            elif ampm == names.am_pm[1]:
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'A':
            weekday = names.f_weekday.index(text.lower())
        elif key == 'a':
            weekday = names.a_weekday.index(text.lower())
        elif key == 'w':
            weekday = int(text)
            if weekday == 0:
                weekday = 6
            else:
                weekday -= 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week_of_year = int(text)
            week_starts_monday = key == 'W'
        elif key == 'Z':
            zone = text.lower()
            for value, zones in enumerate(names.timezone):
                if zone in zones:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and zone not in ("utc", "gmt")):
                        break
                    tz = value
                    break

    if julian == -1 and week_of_year != -1 and weekday != -1:
        julian = _julian_from_week(year, week_of_year, weekday,
                                   week_starts_monday)
    if julian == -1:
        julian = _days_before(year, month, day)
    else:
        import datetime
        result = datetime.date.fromordinal(
            (julian - 1) + datetime.date(year, 1, 1).toordinal())
        year = result.year
        month = result.month
        day = result.day
    if weekday == -1:
        import datetime
        weekday = datetime.date(year, month, day).weekday()
    return time.struct_time((year, month, day, hour, minute, second,
                             weekday, julian, tz))
