"""Tests for optparse."""

import sys
import unittest
from StringIO import StringIO
from test import test_support

import optparse
from optparse import (OptionParser, OptionGroup, Option, make_option,
                      Values, OptionError, OptionConflictError,
                      OptionValueError, BadOptionError, SUPPRESS_HELP,
                      SUPPRESS_USAGE, IndentedHelpFormatter,
                      TitledHelpFormatter)


class InterceptedExit(Exception):
    pass


class QuietParser(OptionParser):
    """Records error() / exit() instead of printing and exiting."""

    def exit(self, status=0, msg=None):
        raise InterceptedExit(status, msg)


class ParseTests(unittest.TestCase):

    def setUp(self):
        p = QuietParser(prog='prog')
        p.add_option("-v", "--verbose", action="store_true",
                     dest="verbose")
        p.add_option("-q", action="store_false", dest="verbose")
        p.add_option("-f", "--file", dest="filename", metavar="FILE")
        p.add_option("-n", type="int", dest="num", default=3)
        p.add_option("--long", type="long")
        p.add_option("--ratio", type="float")
        p.add_option("-c", action="count", dest="count")
        p.add_option("-a", action="append", dest="items")
        p.add_option("--const", action="store_const", const=42)
        p.add_option("--mode", choices=["fast", "slow"])
        p.add_option("--point", nargs=2, type="int")
        self.parser = p

    def parse(self, args):
        return self.parser.parse_args(args)

    def error(self, args):
        saved = sys.stderr
        sys.stderr = StringIO()
        try:
            try:
                self.parse(args)
            except InterceptedExit, e:
                return e.args
        finally:
            sys.stderr = saved
        self.fail("no error for %r" % (args,))

    def test_defaults(self):
        options, args = self.parse([])
        self.assertEqual(options.verbose, None)
        self.assertEqual(options.num, 3)
        self.assertEqual(options.items, None)
        self.assertEqual(args, [])

    def test_short_and_long(self):
        options, args = self.parse(['-v', '-fname', '--file', 'other',
                                    '-n', '7', 'pos', '--long=12',
                                    '--ratio', '0.5'])
        self.assertEqual(options.verbose, True)
        self.assertEqual(options.filename, 'other')
        self.assertEqual(options.num, 7)
        self.assertEqual(options.long, 12L)
        self.assertEqual(options.ratio, 0.5)
        self.assertEqual(args, ['pos'])

    def test_grouped_short_options(self):
        options, args = self.parse(['-vccn5'])
        self.assertEqual(options.verbose, True)
        self.assertEqual(options.count, 2)
        self.assertEqual(options.num, 5)

    def test_actions(self):
        options, args = self.parse(['-a', 'x', '-a', 'y', '--const', '-q',
                                    '--point', '1', '2'])
        self.assertEqual(options.items, ['x', 'y'])
        self.assertEqual(options.const, 42)
        self.assertEqual(options.verbose, False)
        self.assertEqual(options.point, (1, 2))

    def test_integer_prefixes(self):
        self.assertEqual(self.parse(['-n', '0x10'])[0].num, 16)
        self.assertEqual(self.parse(['-n', '010'])[0].num, 8)

    def test_abbreviations(self):
        options, args = self.parse(['--verb', '--fi=x'])
        self.assertEqual(options.verbose, True)
        self.assertEqual(options.filename, 'x')

    def test_double_dash_and_interspersed(self):
        options, args = self.parse(['a', '-v', '--', '-q', 'b'])
        self.assertEqual(args, ['a', '-q', 'b'])
        self.assertEqual(options.verbose, True)
        self.parser.disable_interspersed_args()
        options, args = self.parse(['a', '-v'])
        self.assertEqual(args, ['a', '-v'])
        self.assertEqual(options.verbose, None)

    def test_errors(self):
        self.assertEqual(self.error(['-z']),
                         (2, "prog: error: no such option: -z\n"))
        self.assertEqual(self.error(['-n', 'x']),
                         (2, "prog: error: option -n: invalid integer "
                             "value: 'x'\n"))
        self.assertEqual(self.error(['--ratio', 'x']),
                         (2, "prog: error: option --ratio: invalid "
                             "floating-point value: 'x'\n"))
        self.assertEqual(self.error(['--mode', 'medium']),
                         (2, "prog: error: option --mode: invalid choice: "
                             "'medium' (choose from 'fast', 'slow')\n"))
        self.assertEqual(self.error(['-f']),
                         (2, "prog: error: -f option requires an "
                             "argument\n"))
        self.assertEqual(self.error(['--point', '1']),
                         (2, "prog: error: --point option requires 2 "
                             "arguments\n"))
        self.assertEqual(self.error(['--verbose=1']),
                         (2, "prog: error: --verbose option does not take "
                             "a value\n"))

    def test_ambiguous(self):
        self.parser.add_option("--lone")
        self.assertEqual(self.error(['--lo', 'x']),
                         (2, "prog: error: ambiguous option: --lo (--lone, "
                             "--long?)\n"))

    def test_callback(self):
        calls = []

        def cb(option, opt_str, value, parser, extra):
            calls.append((opt_str, value, extra))
            parser.values.seen = True
        self.parser.add_option("--cb", action="callback", callback=cb,
                               type="string", callback_args=('e',))
        options, args = self.parse(['--cb', 'val'])
        self.assertEqual(calls, [('--cb', 'val', 'e')])
        self.assertEqual(options.seen, True)

    def test_values_object(self):
        v = Values({'a': 1})
        self.assertEqual(v.a, 1)
        self.assertEqual(v, {'a': 1})
        self.assertEqual(v.ensure_value('b', []), [])
        self.assertEqual(str(Values({'x': 2})), "{'x': 2}")

    def test_set_defaults(self):
        self.parser.set_defaults(num=9, extra='e')
        options, args = self.parse([])
        self.assertEqual(options.num, 9)
        self.assertEqual(options.extra, 'e')
        self.parser.set_default('num', '11')    # strings are checked
        self.assertEqual(self.parse([])[0].num, 11)


class OptionDeclarationTests(unittest.TestCase):

    def assertOptionError(self, expected, *args, **kwargs):
        try:
            Option(*args, **kwargs)
        except OptionError, e:
            self.assertEqual(str(e), expected)
        else:
            self.fail("no OptionError")

    def test_bad_declarations(self):
        self.assertRaises(TypeError, Option)
        self.assertOptionError(
            "invalid option string 'b': must be at least two characters "
            "long", "b")
        self.assertOptionError(
            "invalid short option string '--': must be of the "
            "form -x, (x any non-dash char)", "--")
        self.assertOptionError(
            "invalid long option string '---x': must start "
            "with --, followed by non-dash", "---x")
        self.assertOptionError("option -b: invalid action: 'foo'",
                               "-b", action="foo")
        self.assertOptionError("option -b: invalid option type: 'foo'",
                               "-b", type="foo")
        self.assertOptionError(
            "option -b: must not supply a type for action 'count'",
            "-b", action="count", type="int")
        self.assertOptionError(
            "option -b: must supply a list of choices for type 'choice'",
            "-b", type="choice")
        self.assertOptionError(
            "option -b: invalid keyword arguments: bar, foo",
            "-b", foo=1, bar=2)
        self.assertOptionError(
            "option -b: 'const' must not be supplied for action 'store'",
            "-b", const=1)
        self.assertOptionError(
            "option -b: callback not callable: 'no'",
            "-b", action="callback", callback="no")

    def test_dest_defaults(self):
        self.assertEqual(make_option("-x", "--foo-bar").dest, "foo_bar")
        self.assertEqual(make_option("-x").dest, "x")
        self.assertEqual(make_option("-x").type, "string")
        self.assertEqual(make_option("-x", choices=["a"]).type, "choice")
        self.assertEqual(str(make_option("-x", "--ex")), "-x/--ex")

    def test_conflicts(self):
        p = OptionParser()
        p.add_option("-a")
        self.assertRaises(OptionConflictError, p.add_option, "-a")
        p.set_conflict_handler("resolve")
        p.add_option("-a", "--all", dest="everything")
        self.assertEqual(p.get_option("-a").dest, "everything")
        self.assertTrue(p.has_option("--all"))
        p.remove_option("--all")
        self.assertFalse(p.has_option("-a"))
        self.assertRaises(ValueError, p.remove_option, "--nope")


class HelpTests(unittest.TestCase):

    def make_parser(self, formatter=None):
        p = OptionParser(usage="%prog [options] file", prog="tool",
                         version="%prog 1.0", formatter=formatter,
                         description="Does things.")
        p.add_option("-f", "--file", dest="filename", metavar="FILE",
                     help="write report to FILE")
        p.add_option("-n", type="int", default=5,
                     help="how many [default: %default]")
        p.add_option("--secret", help=SUPPRESS_HELP)
        g = OptionGroup(p, "Extras", "Rarely needed.")
        g.add_option("-x", action="store_true", help="extra")
        p.add_option_group(g)
        return p

    def test_format_help(self):
        p = self.make_parser(IndentedHelpFormatter(width=78))
        self.assertEqual(p.format_help(),
            "usage: tool [options] file\n"
            "\n"
            "Does things.\n"
            "\n"
            "options:\n"
            "  --version             show program's version number and "
            "exit\n"
            "  -h, --help            show this help message and exit\n"
            "  -f FILE, --file=FILE  write report to FILE\n"
            "  -n N                  how many [default: 5]\n"
            "\n"
            "  Extras:\n"
            "    Rarely needed.\n"
            "\n"
            "    -x                  extra\n")

    def test_titled_formatter(self):
        p = self.make_parser(TitledHelpFormatter(width=78))
        text = p.format_help()
        self.assertTrue(text.startswith("Usage\n=====\n  tool [options] "
                                        "file\n"))
        self.assertTrue("Options\n=======\n" in text.replace(
            "options\n=======", "Options\n======="))

    def test_usage_and_version(self):
        p = self.make_parser()
        self.assertEqual(p.get_usage(), "usage: tool [options] file\n")
        self.assertEqual(p.get_version(), "tool 1.0")
        out = StringIO()
        p.print_version(out)
        self.assertEqual(out.getvalue(), "tool 1.0\n")
        p.set_usage(SUPPRESS_USAGE)
        self.assertEqual(p.get_usage(), "")
        p.set_usage("usage: %prog x")
        self.assertEqual(p.get_usage(), "usage: tool x\n")

    def test_help_option_exits(self):
        p = self.make_parser()
        saved = sys.stdout
        sys.stdout = out = StringIO()
        try:
            try:
                p.parse_args(['--help'])
            except SystemExit, e:
                self.assertEqual(e.code, 0)
            else:
                self.fail("--help did not exit")
        finally:
            sys.stdout = saved
        self.assertTrue(out.getvalue().startswith("usage: tool"))

    def test_error_prints_usage_to_stderr(self):
        p = self.make_parser()
        saved = sys.stderr
        sys.stderr = err = StringIO()
        try:
            try:
                p.parse_args(['--bogus'])
            except SystemExit, e:
                self.assertEqual(e.code, 2)
        finally:
            sys.stderr = saved
        self.assertEqual(err.getvalue(),
                         "usage: tool [options] file\n\n"
                         "tool: error: no such option: --bogus\n")


class MatchAbbrevTests(unittest.TestCase):
    def test_match_abbrev(self):
        from optparse import _match_abbrev, BadOptionError
        wordmap = {"--foz": None, "--foo": None, "--fie": None}
        self.assertEqual(_match_abbrev("--fi", wordmap), "--fie")
        self.assertEqual(_match_abbrev("--foo", wordmap), "--foo")
        self.assertRaises(BadOptionError, _match_abbrev, "--f", wordmap)
        self.assertRaises(BadOptionError, _match_abbrev, "--x", wordmap)
        try:
            _match_abbrev("--f", wordmap)
        except BadOptionError, e:
            self.assertEqual(str(e), "ambiguous option: --f "
                                     "(--fie, --foo, --foz?)")


def test_main():
    test_support.run_unittest(ParseTests, OptionDeclarationTests, HelpTests, MatchAbbrevTests)

if __name__ == "__main__":
    test_main()
