"""Configuration files in the style of Windows .ini files.

A file holds sections, each introduced by a "[name]" header and followed
by "name: value" or "name = value" lines. Lines beginning with '#' or ';'
are comments, and a line beginning with whitespace continues the value
above it. The section named by DEFAULTSECT ("DEFAULT") supplies default
values for every other section.

RawConfigParser does no interpolation. ConfigParser expands "%(name)s"
references in values when they are read; SafeConfigParser does the same
with a stricter syntax where a literal percent sign is written "%%".
"""

import re

__all__ = ["NoSectionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError",
           "InterpolationSyntaxError", "ParsingError",
           "MissingSectionHeaderError", "ConfigParser", "SafeConfigParser",
           "RawConfigParser", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"

MAX_INTERPOLATION_DEPTH = 10


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    """Base class of the ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """A section that does not exist was asked for."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section


class DuplicateSectionError(Error):
    """add_section() was given the name of an existing section."""

    def __init__(self, section):
        Error.__init__(self, "Section %r already exists" % section)
        self.section = section


class NoOptionError(Error):
    """An option that does not exist was asked for."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" %
                       (option, section))
        self.option = option
        self.section = section


class InterpolationError(Error):
    """Base class of the errors raised while interpolating a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution:\n"
               "\tsection: [%s]\n"
               "\toption : %s\n"
               "\tkey    : %s\n"
               "\trawval : %s\n"
               % (section, option, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference


class InterpolationSyntaxError(InterpolationError):
    """A value has a malformed interpolation reference."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (usually a
    reference loop)."""

    def __init__(self, option, section, rawval):
        msg = ("Value interpolation too deeply recursive:\n"
               "\tsection: [%s]\n"
               "\toption : %s\n"
               "\trawval : %s\n"
               % (section, option, rawval))
        InterpolationError.__init__(self, option, section, msg)


class ParsingError(Error):
    """A file had lines that could not be parsed; errors lists them as
    (lineno, line) pairs."""

    def __init__(self, filename):
        Error.__init__(self, 'File contains parsing errors: %s' % filename)
        self.filename = filename
        self.errors = []

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = self.message + '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """A file had an option line before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(
            self,
            'File contains no section headers.\nfile: %s, line: %d\n%r' %
            (filename, lineno, line))
        self.filename = filename
        self.lineno = lineno
        self.line = line
        self.errors = []


# ------------------------------------------------------------------ parsers

class RawConfigParser:
    """Reads, queries, modifies and writes configuration files, without
    interpolation."""

    # "[section]" headers and "option: value" / "option = value" lines.
    SECTCRE = re.compile(r'\[(?P<header>[^]]+)\]')
    OPTCRE = re.compile(r'(?P<option>[^:=\s][^:=]*)'
                        r'\s*(?P<vi>[:=])\s*'
                        r'(?P<value>.*)$')

    _boolean_states = {'1': True, 'yes': True, 'true': True, 'on': True,
                       '0': False, 'no': False, 'false': False,
                       'off': False}

    def __init__(self, defaults=None):
        self._sections = {}
        self._defaults = {}
        if defaults:
            for key, value in defaults.items():
                self._defaults[self.optionxform(key)] = value

    def defaults(self):
        """The dictionary of instance-wide defaults."""
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded."""
        return self._sections.keys()

    def add_section(self, section):
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = {}

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The option names of section, defaults included."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section)
        names.update(self._defaults)
        if '__name__' in names:
            del names['__name__']
        return names.keys()

    def read(self, filenames):
        """Read and parse each file named (a string names one file).
        Files that cannot be opened are skipped; the list of files read
        is returned."""
        if isinstance(filenames, basestring):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                fp = open(name)
            except IOError:
                continue
            try:
                self._read(fp, name)
            finally:
                fp.close()
            done.append(name)
        return done

    def readfp(self, fp, filename=None):
        """Read and parse from the file-like object fp (which needs only
        readline()). filename is used in error messages and defaults to
        fp.name or '<???>'."""
        if filename is None:
            try:
                filename = fp.name
            except AttributeError:
                filename = '<???>'
        self._read(fp, filename)

    def _section_dict(self, section):
        # The dictionary holding section's own options, creating nothing.
        if section == DEFAULTSECT:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section)

    def get(self, section, option):
        opt = self.optionxform(option)
        if section not in self._sections:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            if opt in self._defaults:
                return self._defaults[opt]
            raise NoOptionError(option, section)
        sect = self._sections[section]
        if opt in sect:
            return sect[opt]
        if opt in self._defaults:
            return self._defaults[opt]
        raise NoOptionError(option, section)

    def items(self, section):
        """(name, value) pairs of section, defaults included."""
        try:
            sect = self._sections[section]
        except KeyError:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            sect = {}
        merged = self._defaults.copy()
        merged.update(sect)
        if '__name__' in merged:
            del merged['__name__']
        return merged.items()

    def _get(self, section, conv, option):
        return conv(self.get(section, option))

    def getint(self, section, option):
        return self._get(section, int, option)

    def getfloat(self, section, option):
        return self._get(section, float, option)

    def getboolean(self, section, option):
        """True for "1", "yes", "true", "on"; False for "0", "no",
        "false", "off" (any case); ValueError otherwise."""
        value = self.get(section, option)
        try:
            return self._boolean_states[value.lower()]
        except KeyError:
            raise ValueError, 'Not a boolean: %s' % value

    def optionxform(self, optionstr):
        """Normalise an option name (lower case by default; override to
        change, e.g. `parser.optionxform = str` keeps case)."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether option exists in section or in the defaults. An empty
        section name or DEFAULT asks about the defaults only."""
        option = self.optionxform(option)
        if not section or section == DEFAULTSECT:
            return option in self._defaults
        if section not in self._sections:
            return False
        return option in self._sections[section] or \
               option in self._defaults

    def set(self, section, option, value):
        if not section or section == DEFAULTSECT:
            sect = self._defaults
        else:
            try:
                sect = self._sections[section]
            except KeyError:
                raise NoSectionError(section)
        sect[self.optionxform(option)] = value

    def write(self, fp):
        """Write the configuration in .ini format to fp."""
        if self._defaults:
            self._write_section(fp, DEFAULTSECT, self._defaults)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section])

    def _write_section(self, fp, name, options):
        fp.write("[%s]\n" % name)
        for key, value in options.items():
            if key == "__name__":
                continue
            # Later lines of a multi-line value go out as continuations.
            fp.write("%s = %s\n" % (key, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove option; return whether it existed."""
        if not section or section == DEFAULTSECT:
            sect = self._defaults
        else:
            try:
                sect = self._sections[section]
            except KeyError:
                raise NoSectionError(section)
        option = self.optionxform(option)
        if option in sect:
            del sect[option]
            return True
        return False

    def remove_section(self, section):
        """Remove section; return whether it existed."""
        if section in self._sections:
            del self._sections[section]
            return True
        return False

    def _read(self, fp, fpname):
        cursect = None          # the dict of the current section
        optname = None          # the option a continuation line extends
        lineno = 0
        errors = None
        while True:
            line = fp.readline()
            if not line:
                break
            lineno = lineno + 1
            # Blank lines and comments.
            if line.strip() == '' or line[0] in '#;':
                continue
            if line.split(None, 1)[0].lower() == 'rem' and line[0] in "rR":
                continue
            # A continuation of the previous option's value.
            if line[0].isspace() and cursect is not None and optname:
                more = line.strip()
                if more:
                    cursect[optname] = "%s\n%s" % (cursect[optname], more)
                continue
            m = self.SECTCRE.match(line)
            if m:
                name = m.group('header')
                if name in self._sections:
                    cursect = self._sections[name]
                elif name == DEFAULTSECT:
                    cursect = self._defaults
                else:
                    cursect = {'__name__': name}
                    self._sections[name] = cursect
                optname = None
                continue
            if cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            m = self.OPTCRE.match(line)
            if m:
                optname, vi, optval = m.group('option', 'vi', 'value')
                if vi in ('=', ':') and ';' in optval:
                    # A ';' preceded by whitespace starts a comment.
                    pos = optval.find(';')
                    if pos != -1 and optval[pos - 1].isspace():
                        optval = optval[:pos]
                optval = optval.strip()
                if optval == '""':
                    optval = ''
                optname = self.optionxform(optname.rstrip())
                cursect[optname] = optval
                continue
            # Keep going so that every bad line gets reported at once.
            if errors is None:
                errors = ParsingError(fpname)
            errors.append(lineno, repr(line))
        if errors is not None:
            raise errors


class ConfigParser(RawConfigParser):
    """A RawConfigParser whose get() and items() expand "%(name)s"
    references to other options of the same section or the defaults."""

    def _lookup_dict(self, section, vars):
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        return d

    def get(self, section, option, raw=False, vars=None):
        """The value of option in section, interpolated unless raw is
        true. vars, a dictionary, takes precedence over the file."""
        d = self._lookup_dict(section, vars)
        opt = self.optionxform(option)
        try:
            value = d[opt]
        except KeyError:
            raise NoOptionError(option, section)
        if raw:
            return value
        return self._interpolate(section, opt, value, d)

    def items(self, section, raw=False, vars=None):
        """(name, value) pairs of section, interpolated unless raw."""
        d = self._lookup_dict(section, vars)
        if '__name__' in d:
            del d['__name__']
        result = []
        for name in d.keys():
            if raw:
                result.append((name, d[name]))
            else:
                result.append((name,
                               self._interpolate(section, name, d[name], d)))
        return result

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def _interpolate(self, section, option, rawval, vars):
        value = rawval
        depth = MAX_INTERPOLATION_DEPTH
        while depth:
            depth = depth - 1
            if "%(" not in value:
                break
            # Option names are case-folded; so are the references.
            value = self._KEYCRE.sub(self._fold_reference, value)
            try:
                value = value % vars
            except KeyError, e:
                raise InterpolationMissingOptionError(option, section,
                                                      rawval, e[0])
        if "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def _fold_reference(self, m):
        name = m.group(1)
        if name is None:
            return m.group()
        return "%%(%s)s" % self.optionxform(name)


class SafeConfigParser(ConfigParser):
    """A ConfigParser with a strict interpolation syntax: "%(name)s"
    refers to an option, "%%" is a percent sign, and any other '%' is an
    InterpolationSyntaxError."""

    _interpvar_re = re.compile(r"%\(([^)]+)\)s")

    def _interpolate(self, section, option, rawval, vars):
        parts = []
        self._interpolate_some(option, parts, rawval, section, vars, 1)
        return ''.join(parts)

    def _interpolate_some(self, option, accum, rest, section, map, depth):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rest)
        while rest:
            pos = rest.find("%")
            if pos < 0:
                accum.append(rest)
                return
            if pos > 0:
                accum.append(rest[:pos])
                rest = rest[pos:]
            # rest starts with '%'
            nxt = rest[1:2]
            if nxt == "%":
                accum.append("%")
                rest = rest[2:]
            elif nxt == "(":
                m = self._interpvar_re.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                name = self.optionxform(m.group(1))
                rest = rest[m.end():]
                try:
                    value = map[name]
                except KeyError:
                    raise InterpolationMissingOptionError(
                        option, section, rest, name)
                if "%" in value:
                    self._interpolate_some(option, accum, value, section,
                                           map, depth + 1)
                else:
                    accum.append(value)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r"
                    % (rest,))

    def set(self, section, option, value):
        """Like RawConfigParser.set, but value must be a string."""
        if not isinstance(value, basestring):
            raise TypeError("option values must be strings")
        ConfigParser.set(self, section, option, value)
