# Tests for the datetime module (Python 2.5 semantics).
import unittest
import pickle
from test import test_support
from datetime import date, time, datetime, timedelta, tzinfo, MINYEAR, MAXYEAR


class FixedOffset(tzinfo):
    def __init__(self, minutes, name):
        self._offset = timedelta(minutes=minutes)
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        return self._name

    def dst(self, dt):
        return timedelta(0)


class TimedeltaTest(unittest.TestCase):

    def test_normalization(self):
        td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
        self.assertEqual((td.days, td.seconds, td.microseconds), (1, 7384, 5))
        self.assertEqual(timedelta(hours=-1), timedelta(-1, 82800))
        self.assertEqual(timedelta(seconds=86399.5).microseconds, 500000)
        self.assertEqual(timedelta(weeks=1, days=-7), timedelta(0))
        self.assertEqual(timedelta(milliseconds=1), timedelta(microseconds=1000))
        self.assertEqual(timedelta(microseconds=-1), timedelta(-1, 86399, 999999))

    def test_str_repr(self):
        self.assertEqual(str(timedelta(1, 7384, 5)), '1 day, 2:03:04.000005')
        self.assertEqual(str(timedelta(-2)), '-2 days, 0:00:00')
        self.assertEqual(str(timedelta(0)), '0:00:00')
        self.assertEqual(repr(timedelta(1, 7384, 5)), 'datetime.timedelta(1, 7384, 5)')
        self.assertEqual(repr(timedelta(0, 5)), 'datetime.timedelta(0, 5)')
        self.assertEqual(repr(timedelta(3)), 'datetime.timedelta(3)')

    def test_arithmetic(self):
        a = timedelta(days=1, seconds=1)
        self.assertEqual(a + a, timedelta(2, 2))
        self.assertEqual(a - a, timedelta(0))
        self.assertEqual(-a, timedelta(-2, 86399))
        self.assertEqual(abs(-a), a)
        self.assertEqual(a * 2, timedelta(2, 2))
        self.assertEqual(3 * a, timedelta(3, 3))
        self.assertEqual(a // 2, timedelta(0, 43200, 500000))
        self.assertRaises(TypeError, lambda: a * 1.5)
        self.assertRaises(TypeError, lambda: a + 1)
        self.assertRaises(ZeroDivisionError, lambda: a // 0)

    def test_limits(self):
        self.assertEqual(timedelta.max, timedelta(999999999, 86399, 999999))
        self.assertEqual(timedelta.min, timedelta(-999999999))
        self.assertEqual(timedelta.resolution, timedelta(0, 0, 1))
        self.assertRaises(OverflowError, timedelta, 1000000000)
        self.assertRaises(OverflowError, lambda: timedelta.max + timedelta(1))

    def test_compare_hash(self):
        self.assert_(timedelta(1) == timedelta(hours=24))
        self.assert_(timedelta(1) < timedelta(2))
        self.assertEqual(hash(timedelta(1)), hash(timedelta(hours=24)))
        self.failIf(timedelta(1) == 1)
        self.assertRaises(TypeError, lambda: timedelta(1) < 1)
        self.failIf(timedelta(0))
        self.assert_(timedelta(microseconds=1))

    def test_bad_type(self):
        self.assertRaises(TypeError, timedelta, 'x')


class DateTest(unittest.TestCase):

    def test_basics(self):
        d = date(2007, 3, 14)
        self.assertEqual((d.year, d.month, d.day), (2007, 3, 14))
        self.assertEqual(d.weekday(), 2)
        self.assertEqual(d.isoweekday(), 3)
        self.assertEqual(d.isocalendar(), (2007, 11, 3))
        self.assertEqual(d.toordinal(), 732749)
        self.assertEqual(date.fromordinal(732749), d)
        self.assertEqual(str(d), '2007-03-14')
        self.assertEqual(repr(d), 'datetime.date(2007, 3, 14)')
        self.assertEqual(d.ctime(), 'Wed Mar 14 00:00:00 2007')
        self.assertEqual(d.strftime('%d/%m/%Y %A'), '14/03/2007 Wednesday')
        self.assertEqual(tuple(d.timetuple()), (2007, 3, 14, 0, 0, 0, 2, 73, -1))
        self.assertEqual(d.replace(day=1), date(2007, 3, 1))

    def test_errors(self):
        for args, msg in [((2007, 2, 29), 'day is out of range for month'),
                          ((2007, 13, 1), 'month must be in 1..12'),
                          ((0, 1, 1), 'year is out of range'),
                          ((10000, 1, 1), 'year is out of range')]:
            try:
                date(*args)
            except ValueError, e:
                self.assertEqual(str(e), msg)
            else:
                self.fail("no ValueError for %r" % (args,))
        self.assertRaises(TypeError, date, '2007', 1, 1)
        self.assertRaises(ValueError, date.fromordinal, 0)

    def test_ordinals(self):
        self.assertEqual(date(1, 1, 1).toordinal(), 1)
        self.assertEqual(date(9999, 12, 31).toordinal(), 3652059)
        for n in (1, 59, 60, 365, 366, 730120, 730180, 3652059):
            self.assertEqual(date.fromordinal(n).toordinal(), n)
        self.assertEqual(date(2000, 2, 29).toordinal() + 1,
                         date(2000, 3, 1).toordinal())

    def test_isocalendar_edges(self):
        self.assertEqual(date(2004, 1, 1).isocalendar(), (2004, 1, 4))
        self.assertEqual(date(2005, 1, 1).isocalendar(), (2004, 53, 6))
        self.assertEqual(date(2008, 12, 29).isocalendar(), (2009, 1, 1))

    def test_arithmetic(self):
        d = date(2007, 3, 14)
        self.assertEqual(d + timedelta(days=30), date(2007, 4, 13))
        self.assertEqual(timedelta(days=30) + d, date(2007, 4, 13))
        self.assertEqual(d - timedelta(weeks=2), date(2007, 2, 28))
        self.assertEqual(date(2008, 3, 1) - date(2008, 2, 1), timedelta(29))
        self.assertEqual(d + timedelta(hours=23), d)
        self.assertRaises(OverflowError, lambda: date.max + timedelta(1))
        try:
            d + 1
        except TypeError, e:
            self.assertEqual(str(e), "unsupported operand type(s) for +: "
                             "'datetime.date' and 'int'")
        else:
            self.fail("date + int worked")

    def test_compare(self):
        self.assert_(date(2007, 3, 14) > date(2007, 1, 1))
        self.assertEqual(sorted([date(2001, 5, 1), date(1999, 1, 1)]),
                         [date(1999, 1, 1), date(2001, 5, 1)])
        self.failIf(date(2007, 1, 1) == 'x')
        self.assertRaises(TypeError, lambda: date(2007, 1, 1) < 5)
        self.assertEqual(hash(date(2007, 3, 14)), hash(date(2007, 3, 14)))
        self.assertEqual(date.min, date(1, 1, 1))
        self.assertEqual(date.max, date(9999, 12, 31))
        self.assertEqual(date.resolution, timedelta(1))

    def test_pickle(self):
        d = date(2007, 3, 14)
        self.assertEqual(pickle.loads(pickle.dumps(d)), d)
        self.assertEqual(pickle.loads(pickle.dumps(d, 2)), d)

    def test_subclass(self):
        class D(date):
            pass
        d = D(2000, 1, 1)
        self.assert_(isinstance(d, D))
        self.assertEqual(d.toordinal(), date(2000, 1, 1).toordinal())
        self.assert_(isinstance(D.fromordinal(5), D))


class TimeTest(unittest.TestCase):

    def test_basics(self):
        t = time(9, 5, 7, 12)
        self.assertEqual((t.hour, t.minute, t.second, t.microsecond), (9, 5, 7, 12))
        self.assertEqual(str(t), '09:05:07.000012')
        self.assertEqual(repr(t), 'datetime.time(9, 5, 7, 12)')
        self.assertEqual(repr(time(1, 2)), 'datetime.time(1, 2)')
        self.assertEqual(str(time()), '00:00:00')
        self.assertEqual(time(23, 59).strftime('%I:%M %p'), '11:59 PM')
        self.assertEqual(t.replace(hour=1), time(1, 5, 7, 12))
        self.failIf(time(0))
        self.assert_(time(0, 0, 1))

    def test_errors(self):
        self.assertRaises(ValueError, time, 24)
        self.assertRaises(ValueError, time, 0, 60)
        self.assertRaises(ValueError, time, 0, 0, 60)
        self.assertRaises(ValueError, time, 0, 0, 0, 1000000)
        self.assertRaises(TypeError, time, 0, 0, 0, 0, 'tz')

    def test_tz(self):
        utc = FixedOffset(0, 'UTC')
        est = FixedOffset(-300, 'EST')
        t1 = time(12, 0, tzinfo=utc)
        t2 = time(7, 0, tzinfo=est)
        self.assertEqual(t1, t2)
        self.assertEqual(hash(t1), hash(t2))
        self.assertEqual(t2.isoformat(), '07:00:00-05:00')
        self.assertEqual(t2.utcoffset(), timedelta(hours=-5))
        self.assertEqual(t2.tzname(), 'EST')
        self.assertEqual(t2.strftime('%H %z %Z'), '07 -0500 EST')
        self.assertRaises(TypeError, lambda: t1 < time(1))


class DateTimeTest(unittest.TestCase):

    def test_basics(self):
        dt = datetime(2007, 3, 14, 15, 9, 26, 535)
        self.assertEqual(str(dt), '2007-03-14 15:09:26.000535')
        self.assertEqual(repr(dt), 'datetime.datetime(2007, 3, 14, 15, 9, 26, 535)')
        self.assertEqual(dt.isoformat(), '2007-03-14T15:09:26.000535')
        self.assertEqual(dt.isoformat(' '), '2007-03-14 15:09:26.000535')
        self.assertEqual(dt.date(), date(2007, 3, 14))
        self.assertEqual(dt.time(), time(15, 9, 26, 535))
        self.assertEqual(dt.ctime(), 'Wed Mar 14 15:09:26 2007')
        self.assertEqual(dt.strftime('%H:%M'), '15:09')
        self.assertEqual(tuple(dt.timetuple())[:6], (2007, 3, 14, 15, 9, 26))
        self.assertEqual(repr(datetime(2000, 1, 1)), 'datetime.datetime(2000, 1, 1, 0, 0)')

    def test_arithmetic(self):
        dt = datetime(2007, 3, 14, 15, 9, 26, 535)
        self.assertEqual(dt + timedelta(hours=10), datetime(2007, 3, 15, 1, 9, 26, 535))
        self.assertEqual(dt - datetime(2007, 1, 1), timedelta(72, 54566, 535))
        self.assertEqual(datetime(2000, 3, 1) - timedelta(days=1), datetime(2000, 2, 29))
        self.assertRaises(OverflowError, lambda: datetime.max + timedelta(0, 0, 1))

    def test_compare(self):
        self.assert_(datetime(2000, 1, 1) < datetime(2000, 1, 1, 0, 0, 0, 1))
        try:
            datetime(2007, 1, 1) < date(2007, 1, 1)
        except TypeError, e:
            self.assertEqual(str(e), "can't compare datetime.datetime to datetime.date")
        else:
            self.fail("datetime < date worked")
        self.failIf(datetime(2007, 1, 1) == date(2007, 1, 1))

    def test_combine_strptime(self):
        d = date(2007, 3, 14)
        self.assertEqual(datetime.combine(d, time(12, 30)), datetime(2007, 3, 14, 12, 30))
        self.assertEqual(datetime.strptime('2001-02-03', '%Y-%m-%d'), datetime(2001, 2, 3))
        self.assertRaises(ValueError, datetime.strptime, '2001-13-03', '%Y-%m-%d')

    def test_timestamps(self):
        self.assertEqual(datetime.utcfromtimestamp(0), datetime(1970, 1, 1))
        self.assertEqual(datetime.utcfromtimestamp(1000000000.5),
                         datetime(2001, 9, 9, 1, 46, 40, 500000))
        self.assert_(isinstance(datetime.now(), datetime))
        self.assert_(isinstance(datetime.utcnow(), datetime))
        self.assert_(isinstance(date.today(), date))

    def test_tz(self):
        utc = FixedOffset(0, 'UTC')
        cet = FixedOffset(60, 'CET')
        a = datetime(2007, 1, 1, 12, tzinfo=utc)
        b = datetime(2007, 1, 1, 13, tzinfo=cet)
        self.assertEqual(a, b)
        self.assertEqual(hash(a), hash(b))
        self.assertEqual(b - a, timedelta(0))
        self.assertEqual(a.astimezone(cet), b)
        self.assertEqual(a.astimezone(cet).hour, 13)
        self.assertEqual(b.isoformat(), '2007-01-01T13:00:00+01:00')
        self.assertEqual(tuple(b.utctimetuple())[:6], (2007, 1, 1, 12, 0, 0))
        self.assertRaises(TypeError, lambda: a - datetime(2007, 1, 1))
        self.assertRaises(TypeError, lambda: a < datetime(2007, 1, 1))
        self.assertRaises(ValueError, datetime(2007, 1, 1).astimezone, utc)
        self.assertEqual(datetime.fromtimestamp(0, utc), datetime(1970, 1, 1, tzinfo=utc))
        self.assertRaises(NotImplementedError, tzinfo().utcoffset, None)

    def test_bad_offset(self):
        class Bad(tzinfo):
            def utcoffset(self, dt):
                return timedelta(seconds=30)
        self.assertRaises(ValueError, datetime(2000, 1, 1, tzinfo=Bad()).utcoffset)

    def test_pickle(self):
        utc = FixedOffset(0, 'UTC')
        for dt in (datetime(2007, 3, 14, 15, 9, 26, 535), time(1, 2, 3, 4),
                   timedelta(1, 2, 3)):
            self.assertEqual(pickle.loads(pickle.dumps(dt)), dt)

    def test_constants(self):
        self.assertEqual((MINYEAR, MAXYEAR), (1, 9999))
        self.assertEqual(datetime.min, datetime(1, 1, 1))
        self.assertEqual(datetime.max, datetime(9999, 12, 31, 23, 59, 59, 999999))
        self.assertEqual(time.max, time(23, 59, 59, 999999))


class AuditFixesTest(unittest.TestCase):
    def test_date_datetime_comparison(self):
        # bug 1028306: mixed date/datetime comparison is a mixed-type
        # comparison, but date.__eq__ compares the date part.
        as_date = date(2002, 3, 1)
        as_datetime = datetime.combine(as_date, time())
        self.assert_(as_date != as_datetime)
        self.assert_(as_datetime != as_date)
        self.failIf(as_date == as_datetime)
        self.failIf(as_datetime == as_date)
        self.assertRaises(TypeError, lambda: as_date < as_datetime)
        self.assertRaises(TypeError, lambda: as_datetime >= as_date)
        self.assert_(as_date.__eq__(as_datetime))
        self.failIf(as_date.__eq__(as_datetime.replace(day=2)))

    def test_strftime_needs_str(self):
        self.assertRaises(TypeError, date(2002, 3, 1).strftime, u'%Y')
        self.assertEqual(time(1, 2).strftime(format='%H'), '01')


def test_main():
    test_support.run_unittest(TimedeltaTest, DateTest, TimeTest, DateTimeTest, AuditFixesTest)

if __name__ == "__main__":
    test_main()
