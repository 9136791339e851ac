"""Command-line option parsing in the style of C's getopt().

getopt(args, shortopts, longopts=[]) returns (options, remaining args),
options being (option, value) pairs such as ('-a', '') or
('--file', 'x').  Short options are letters in shortopts, a ':' after
a letter meaning it takes an argument; long options are names in
longopts, a trailing '=' meaning the same.  A long option may be
abbreviated to any unique prefix.  gnu_getopt() also accepts options
after the first non-option argument.
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg

error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options until the first non-option argument or '--'."""
    return _parse(args, shortopts, longopts, False)


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and other arguments may be mixed,
    unless shortopts starts with '+' or POSIXLY_CORRECT is set."""
    stop_early = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_early = True
    else:
        try:
            import os
            if os.environ.get("POSIXLY_CORRECT"):
                stop_early = True
        except ImportError:
            pass
    if stop_early:
        return _parse(args, shortopts, longopts, False)
    return _parse(args, shortopts, longopts, True)


def _parse(args, shortopts, longopts, intermix):
    if isinstance(longopts, basestring):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    opts = []
    rest = []
    args = list(args)
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == '--':
            rest.extend(args[i:])
            return opts, rest
        if arg.startswith('--'):
            i = _long_option(opts, arg[2:], longopts, args, i)
        elif arg.startswith('-') and arg != '-':
            i = _short_options(opts, arg[1:], shortopts, args, i)
        elif intermix:
            rest.append(arg)
        else:
            rest.append(arg)
            rest.extend(args[i:])
            return opts, rest
    return opts, rest


def _long_option(opts, text, longopts, args, i):
    if '=' in text:
        name, value = text.split('=', 1)
    else:
        name, value = text, None
    takes_arg, name = _match_long(name, longopts)
    if takes_arg:
        if value is None:
            if i >= len(args):
                raise GetoptError('option --%s requires argument' % name,
                                  name)
            value = args[i]
            i += 1
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name,
                          name)
    opts.append(('--' + name, value or ''))
    return i


def _match_long(name, longopts):
    """Return (takes an argument, full option name) for a possibly
    abbreviated long option."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short_options(opts, letters, shortopts, args, i):
    while letters:
        opt = letters[0]
        letters = letters[1:]
        if _short_takes_arg(opt, shortopts):
            if letters == '':
                if i >= len(args):
                    raise GetoptError('option -%s requires argument' % opt,
                                      opt)
                letters = args[i]
                i += 1
            opts.append(('-' + opt, letters))
            letters = ''
        else:
            opts.append(('-' + opt, ''))
    return i


def _short_takes_arg(opt, shortopts):
    for k in range(len(shortopts)):
        if opt == shortopts[k] != ':':
            return shortopts.startswith(':', k + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)


# The step functions of the parser, public under their historical names
# (each takes the options found so far and the remaining arguments, and
# returns both updated).

def do_longs(opts, opt, longopts, args):
    """Handle one long option (opt is the text after '--')."""
    args = list(args)
    n = _long_option(opts, opt, longopts, args, 0)
    return opts, args[n:]


def do_shorts(opts, optstring, shortopts, args):
    """Handle a cluster of short options (optstring is the text after '-')."""
    args = list(args)
    n = _short_options(opts, optstring, shortopts, args, 0)
    return opts, args[n:]


def long_has_args(opt, longopts):
    """Return (takes an argument, full name) for a long option prefix."""
    return _match_long(opt, longopts)


def short_has_arg(opt, shortopts):
    """True if the short option letter opt takes an argument."""
    return _short_takes_arg(opt, shortopts)


if __name__ == '__main__':
    import sys
    print getopt(sys.argv[1:], "a:b", ["alpha=", "beta"])
