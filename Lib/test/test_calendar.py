# Tests for the calendar module.
import unittest
from test import test_support
import calendar

MARCH_2007 = """\
     March 2007
Mo Tu We Th Fr Sa Su
          1  2  3  4
 5  6  7  8  9 10 11
12 13 14 15 16 17 18
19 20 21 22 23 24 25
26 27 28 29 30 31
"""


class CalendarTest(unittest.TestCase):

    def tearDown(self):
        calendar.setfirstweekday(calendar.MONDAY)

    def test_isleap_leapdays(self):
        self.failIf(calendar.isleap(1900))
        self.assert_(calendar.isleap(2000))
        self.assert_(calendar.isleap(2004))
        self.failIf(calendar.isleap(2007))
        self.assertEqual(calendar.leapdays(1900, 2000), 24)
        self.assertEqual(calendar.leapdays(2000, 2001), 1)

    def test_weekday_monthrange(self):
        self.assertEqual(calendar.weekday(2007, 3, 14), 2)
        self.assertEqual(calendar.monthrange(2008, 2), (4, 29))
        self.assertEqual(calendar.monthrange(2007, 2), (3, 28))
        self.assertRaises(calendar.IllegalMonthError, calendar.monthrange, 2007, 13)
        self.assertEqual(str(calendar.IllegalMonthError(13)),
                         'bad month number 13; must be 1-12')

    def test_timegm(self):
        self.assertEqual(calendar.timegm((2000, 1, 1, 0, 0, 0, 0, 0, 0)), 946684800)
        self.assertEqual(calendar.timegm((1970, 1, 1, 0, 0, 1)), 1)

    def test_month_text(self):
        self.assertEqual(calendar.month(2007, 3), MARCH_2007)
        self.assertEqual(calendar.monthcalendar(2007, 3)[0], [0, 0, 0, 1, 2, 3, 4])
        self.assertEqual(calendar.weekheader(2), 'Mo Tu We Th Fr Sa Su')

    def test_firstweekday(self):
        calendar.setfirstweekday(calendar.SUNDAY)
        self.assertEqual(calendar.firstweekday(), 6)
        self.assertEqual(calendar.monthcalendar(2007, 3)[0], [0, 0, 0, 0, 1, 2, 3])
        self.assertRaises(ValueError, calendar.setfirstweekday, 7)

    def test_names(self):
        self.assertEqual(calendar.day_name[0], 'Monday')
        self.assertEqual(calendar.day_abbr[6], 'Sun')
        self.assertEqual(calendar.month_name[1], 'January')
        self.assertEqual(calendar.month_name[0], '')
        self.assertEqual(calendar.month_abbr[12], 'Dec')
        self.assertEqual(len(calendar.month_name), 13)
        self.assertEqual(list(calendar.day_abbr[:2]), ['Mon', 'Tue'])

    def test_year(self):
        text = calendar.calendar(2007)
        lines = text.splitlines()
        self.assertEqual(lines[0].strip(), '2007')
        self.assert_('January' in lines[2] and 'March' in lines[2])
        self.assertEqual(len(calendar.Calendar().yeardayscalendar(2007)), 4)

    def test_calendar_classes(self):
        c = calendar.Calendar(firstweekday=6)
        self.assertEqual(list(c.iterweekdays()), [6, 0, 1, 2, 3, 4, 5])
        dates = list(c.itermonthdates(2007, 3))
        self.assertEqual(len(dates) % 7, 0)
        self.assertEqual(dates[0].weekday(), 6)
        html = calendar.HTMLCalendar().formatmonth(2007, 3)
        self.assert_(html.startswith('<table'))
        self.assert_('<td class="wed">14</td>' in html)


def test_main():
    test_support.run_unittest(CalendarTest)

if __name__ == "__main__":
    test_main()
