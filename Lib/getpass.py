"""Prompt for a password without echoing it, and find the user's login
name.

getpass(prompt) reads a line from the terminal with echo turned off
(with the stty command, as there is no termios module here); when input
is not a terminal it warns on stderr and reads normally.
getuser() returns the login name from the LOGNAME, USER, LNAME or
USERNAME environment variable, or from the password database.
"""

import sys

__all__ = ["getpass", "getuser"]


def _raw_input(prompt="", stream=None):
    if stream is None:
        stream = sys.stdout
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line

def default_getpass(prompt='Password: ', stream=None):
    """Read a password with echo on, after a warning on stderr."""
    print >>sys.stderr, "Warning: Problem with getpass. Passwords may be echoed."
    return _raw_input(prompt, stream)

def _stty(args):
    import os
    return os.system('stty %s </dev/tty 2>/dev/null' % args) == 0

def unix_getpass(prompt='Password: ', stream=None):
    """Read a password from the terminal with echo turned off."""
    try:
        import os
        interactive = os.isatty(sys.stdin.fileno())
    except (ImportError, AttributeError, ValueError, IOError):
        interactive = False
    if not interactive or not _stty('-echo'):
        return default_getpass(prompt, stream)
    try:
        passwd = _raw_input(prompt, stream)
    finally:
        _stty('echo')
    if stream is None:
        stream = sys.stdout
    stream.write('\n')
    return passwd

getpass = unix_getpass


def getuser():
    """The login name of the user, from the environment (LOGNAME, USER,
    LNAME, USERNAME) or else the password database entry of the user
    id."""
    import os
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        import pwd
    except ImportError:
        pass
    else:
        return pwd.getpwuid(uid)[0]
    # No pwd module: read the database file directly.
    try:
        f = open('/etc/passwd')
    except IOError:
        raise KeyError('getpwuid(): uid not found: %d' % uid)
    try:
        for line in f:
            fields = line.split(':')
            if len(fields) > 2 and fields[2] == str(uid):
                return fields[0]
    finally:
        f.close()
    raise KeyError('getpwuid(): uid not found: %d' % uid)
