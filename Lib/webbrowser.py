"""Interfaces for launching a web browser (the Python 2.5 webbrowser API).

open(url, new=0, autoraise=1) shows url in the first browser that works,
trying the registered browsers in order.  Browsers are found at import
time by looking for known programs on $PATH; $BROWSER (a list separated
by os.pathsep) takes precedence.  When none is found, get() and open()
raise Error("could not locate runnable browser").

This implementation knows only command-line browsers started as
separate processes (GenericBrowser, BackgroundBrowser).
"""

import sys

try:
    import os
except ImportError:
    # Without os (in a sandbox) no browser can be found or started.
    os = None

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_browsers = {}          # lower-cased name -> [class, instance or None]
_tryorder = []          # names in the order they are tried


def register(name, klass, instance=None, update_tryorder=1):
    """Register a browser: klass() makes it when needed, unless an
    instance is given.  update_tryorder > 0 appends it to the try order,
    < 0 prepends it, 0 leaves the order alone."""
    _browsers[name.lower()] = [klass, instance]
    if update_tryorder > 0:
        _tryorder.append(name)
    elif update_tryorder < 0:
        _tryorder.insert(0, name)


def get(using=None):
    """A controller for the browser named using, or for the first usable
    registered browser."""
    if using is not None:
        alternatives = [using]
    else:
        alternatives = _tryorder
    for browser in alternatives:
        if '%s' in browser:
            # A command line with %s for the URL.
            import shlex
            command = shlex.split(browser)
            if command[-1] == '&':
                return BackgroundBrowser(command[:-1])
            return GenericBrowser(command)
        try:
            command = _browsers[browser.lower()]
        except KeyError:
            command = _synthesize(browser)
        if command[1] is not None:
            return command[1]
        elif command[0] is not None:
            return command[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=1):
    for name in _tryorder:
        browser = get(name)
        if browser.open(url, new, autoraise):
            return True
    return False


def open_new(url):
    return open(url, 1)


def open_new_tab(url):
    return open(url, 2)


def _synthesize(browser, update_tryorder=1):
    """Register a browser given by command name or path, if it exists;
    returns [None, None] if it does not."""
    cmd = browser.split()[0]
    if not _iscommand(cmd):
        return [None, None]
    controller = GenericBrowser(browser)
    register(browser, None, controller, update_tryorder)
    return [None, controller]


def _isexecutable(path):
    if os is None:
        return False
    try:
        return os.path.isfile(path) and os.access(path, os.X_OK)
    except (OSError, AttributeError):
        return False


def _iscommand(cmd):
    """True if cmd is an executable, directly or on $PATH."""
    if os is None:
        return False
    if _isexecutable(cmd):
        return True
    try:
        path = os.environ.get("PATH")
    except Exception:
        return False
    if not path:
        return False
    for d in path.split(os.pathsep):
        if _isexecutable(os.path.join(d, cmd)):
            return True
    return False


class BaseBrowser(object):
    """The interface of a browser controller."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=1):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """Runs a command (with '%s' replaced by the URL) and waits for it."""

    def __init__(self, name):
        if isinstance(name, basestring):
            self.name = name
            self.args = ["%s"]
        else:
            # A list: the program followed by its arguments.
            self.name = name[0]
            self.args = name[1:]
        self.basename = self.name.split('/')[-1]

    def _command(self, url):
        return [self.name] + [arg.replace("%s", url) for arg in self.args]

    def open(self, url, new=0, autoraise=1):
        try:
            import subprocess
            p = subprocess.Popen(self._command(url), close_fds=True)
            return not p.wait()
        except (OSError, ImportError):
            return False


class BackgroundBrowser(GenericBrowser):
    """Runs the command without waiting for it."""

    def open(self, url, new=0, autoraise=1):
        try:
            import subprocess
            p = subprocess.Popen(self._command(url), close_fds=True)
            return p.poll() is None
        except (OSError, ImportError):
            return False


def _register_found():
    # Graphical browsers only make sense with a display.
    if os is None:
        return
    try:
        environ = os.environ
    except Exception:
        return
    if environ.get("DISPLAY"):
        for name in ("firefox", "mozilla", "epiphany", "galeon",
                     "konqueror", "opera", "netscape"):
            if _iscommand(name):
                register(name, None, BackgroundBrowser(name))
    if environ.get("TERM"):
        for name in ("links", "elinks", "lynx", "w3m"):
            if _iscommand(name):
                register(name, None, GenericBrowser(name))
    if "BROWSER" in environ:
        userchoices = environ["BROWSER"].split(os.pathsep)
        userchoices.reverse()
        # The user's choices come first, the first one first of all.
        for cmdline in userchoices:
            if cmdline != '':
                _synthesize(cmdline, -1)


try:
    _register_found()
except Exception:
    # Looking around is best effort (a sandbox may refuse it).
    pass


def main():
    import getopt
    usage = """Usage: %s [-n | -t] url
    -n: open new window
    -t: open new tab""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'ntd')
    except getopt.error, msg:
        print >> sys.stderr, msg
        print >> sys.stderr, usage
        sys.exit(1)
    new_win = 0
    for o, a in opts:
        if o == '-n':
            new_win = 1
        elif o == '-t':
            new_win = 2
    if len(args) != 1:
        print >> sys.stderr, usage
        sys.exit(1)
    open(args[0], new_win)
    print "\a"


if __name__ == "__main__":
    main()
