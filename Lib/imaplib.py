"""An IMAP4 client (the Python 2.5 imaplib API, basic; RFC 2060/3501).

    M = imaplib.IMAP4('localhost')
    M.login('user', 'password')
    M.select()
    typ, data = M.search(None, 'ALL')
    for num in data[0].split():
        typ, data = M.fetch(num, '(RFC822)')
    M.logout()

Every command returns (type, [data, ...]) where type is 'OK', 'NO' or
'BAD'; data items are strings, or (header, literal) tuples for responses
that carry a literal.  A BAD reply raises IMAP4.error; a lost connection
IMAP4.abort; a write command on a read-only mailbox IMAP4.readonly.
This build has no SSL support, so IMAP4_SSL is absent.
"""

__version__ = "2.58"

import re
import socket
import sys
import time
import random

__all__ = ["IMAP4", "IMAP4_stream", "Internaldate2tuple",
           "Int2AP", "ParseFlags", "Time2Internaldate"]

CRLF = '\r\n'
Debug = 0
IMAP4_PORT = 143
AllowedVersions = ('IMAP4REV1', 'IMAP4')

# The states in which each command may be sent.
Commands = {
    'APPEND':       ('AUTH', 'SELECTED'),
    'AUTHENTICATE': ('NONAUTH',),
    'CAPABILITY':   ('NONAUTH', 'AUTH', 'SELECTED', 'LOGOUT'),
    'CHECK':        ('SELECTED',),
    'CLOSE':        ('SELECTED',),
    'COPY':         ('SELECTED',),
    'CREATE':       ('AUTH', 'SELECTED'),
    'DELETE':       ('AUTH', 'SELECTED'),
    'DELETEACL':    ('AUTH', 'SELECTED'),
    'EXAMINE':      ('AUTH', 'SELECTED'),
    'EXPUNGE':      ('SELECTED',),
    'FETCH':        ('SELECTED',),
    'GETACL':       ('AUTH', 'SELECTED'),
    'GETQUOTA':     ('AUTH', 'SELECTED'),
    'GETQUOTAROOT': ('AUTH', 'SELECTED'),
    'MYRIGHTS':     ('AUTH', 'SELECTED'),
    'LIST':         ('AUTH', 'SELECTED'),
    'LOGIN':        ('NONAUTH',),
    'LOGOUT':       ('NONAUTH', 'AUTH', 'SELECTED', 'LOGOUT'),
    'LSUB':         ('AUTH', 'SELECTED'),
    'NAMESPACE':    ('AUTH', 'SELECTED'),
    'NOOP':         ('NONAUTH', 'AUTH', 'SELECTED', 'LOGOUT'),
    'PARTIAL':      ('SELECTED',),
    'PROXYAUTH':    ('AUTH',),
    'RENAME':       ('AUTH', 'SELECTED'),
    'SEARCH':       ('SELECTED',),
    'SELECT':       ('AUTH', 'SELECTED'),
    'SETACL':       ('AUTH', 'SELECTED'),
    'SETQUOTA':     ('AUTH', 'SELECTED'),
    'SORT':         ('SELECTED',),
    'STATUS':       ('AUTH', 'SELECTED'),
    'STORE':        ('SELECTED',),
    'SUBSCRIBE':    ('AUTH', 'SELECTED'),
    'THREAD':       ('SELECTED',),
    'UID':          ('SELECTED',),
    'UNSUBSCRIBE':  ('AUTH', 'SELECTED'),
    }

# Response patterns.
Continuation = re.compile(r'\+( (?P<data>.*))?')
Flags = re.compile(r'.*FLAGS \((?P<flags>[^\)]*)\)')
InternalDate = re.compile(
    r'.*INTERNALDATE "'
    r'(?P<day>[ 0123][0-9])-(?P<mon>[A-Z][a-z][a-z])-(?P<year>[0-9]{4})'
    r' (?P<hour>[0-9]{2}):(?P<min>[0-9]{2}):(?P<sec>[0-9]{2})'
    r' (?P<zonen>[-+])(?P<zoneh>[0-9]{2})(?P<zonem>[0-9]{2})"')
Literal = re.compile(r'.*{(?P<size>\d+)}$')
MapCRLF = re.compile(r'\r\n|\r|\n')
Response_code = re.compile(r'\[(?P<type>[A-Z-]+)( (?P<data>[^\]]*))?\]')
Untagged_response = re.compile(r'\* (?P<type>[A-Z-]+)( (?P<data>.*))?')
Untagged_status = re.compile(
    r'\* (?P<data>\d+) (?P<type>[A-Z-]+)( (?P<data2>.*))?')


class IMAP4:
    """A connection to an IMAP4 server (port 143 by default)."""

    class error(Exception): pass        # a BAD reply or a protocol error
    class abort(error): pass            # the connection is unusable
    class readonly(abort): pass         # the mailbox became read-only

    mustquote = re.compile(r"[^\w!#$%&'*+,.:;<=>?^`|~-]")

    def __init__(self, host='', port=IMAP4_PORT):
        self.debug = Debug
        self.state = 'LOGOUT'
        self.literal = None
        self.tagged_commands = {}
        self.untagged_responses = {}
        self.continuation_response = ''
        self.is_readonly = False
        self.tagnum = 0

        self.open(host, port)

        # Tags are a random prefix plus a counter.
        self.tagpre = Int2AP(random.randint(4096, 65535))
        self.tagre = re.compile(r'(?P<tag>' + self.tagpre +
                                r'\d+) (?P<type>[A-Z]+) (?P<data>.*)')

        self.welcome = self._get_response()
        if 'PREAUTH' in self.untagged_responses:
            self.state = 'AUTH'
        elif 'OK' in self.untagged_responses:
            self.state = 'NONAUTH'
        else:
            raise self.error(self.welcome)

        typ, dat = self.capability()
        if dat == [None]:
            raise self.error('no CAPABILITY response from server')
        self.capabilities = tuple(dat[-1].upper().split())

        for version in AllowedVersions:
            if version in self.capabilities:
                self.PROTOCOL_VERSION = version
                return
        raise self.error('server not IMAP4 compliant')

    def __getattr__(self, attr):
        # Lower-case command names work as methods too.
        if attr in Commands:
            return getattr(self, attr.lower())
        raise AttributeError("Unknown IMAP4 command: '%s'" % attr)

    # Connection.

    def open(self, host='', port=IMAP4_PORT):
        self.host = host
        self.port = port
        msg = "getaddrinfo returns an empty list"
        self.sock = None
        for family, socktype, proto, canonname, addr in socket.getaddrinfo(
                host or 'localhost', port, 0, socket.SOCK_STREAM):
            try:
                self.sock = socket.socket(family, socktype, proto)
                self.sock.connect(addr)
            except socket.error, msg:
                if self.sock:
                    self.sock.close()
                self.sock = None
                continue
            break
        if not self.sock:
            raise socket.error, msg
        self.file = self.sock.makefile('rb')

    def read(self, size):
        return self.file.read(size)

    def readline(self):
        return self.file.readline()

    def send(self, data):
        self.sock.sendall(data)

    def shutdown(self):
        self.file.close()
        self.sock.close()

    def socket(self):
        return self.sock

    # Utilities.

    def recent(self):
        """('OK', [count or None]) for the RECENT untagged response."""
        name = 'RECENT'
        typ, dat = self._untagged_response('OK', [None], name)
        if dat[-1]:
            return typ, dat
        typ, dat = self.noop()
        return self._untagged_response(typ, dat, name)

    def response(self, code):
        """The data of the last untagged response 'code'."""
        return self._untagged_response(code, [None], code.upper())

    # IMAP4 commands.

    def append(self, mailbox, flags, date_time, message):
        name = 'APPEND'
        if not mailbox:
            mailbox = 'INBOX'
        if flags:
            if (flags[0], flags[-1]) != ('(', ')'):
                flags = '(%s)' % flags
        else:
            flags = None
        if date_time:
            date_time = Time2Internaldate(date_time)
        else:
            date_time = None
        self.literal = MapCRLF.sub(CRLF, message)
        return self._simple_command(name, mailbox, flags, date_time)

    def authenticate(self, mechanism, authobject):
        """SASL authentication: authobject(challenge) returns the
        response to each (decoded) server challenge."""
        mech = mechanism.upper()
        self.literal = _Authenticator(authobject).process
        typ, dat = self._simple_command('AUTHENTICATE', mech)
        if typ != 'OK':
            raise self.error(dat[-1])
        self.state = 'AUTH'
        return typ, dat

    def capability(self):
        name = 'CAPABILITY'
        typ, dat = self._simple_command(name)
        return self._untagged_response(typ, dat, name)

    def check(self):
        return self._simple_command('CHECK')

    def close(self):
        """Close the selected mailbox (deleted messages are removed)."""
        try:
            typ, dat = self._simple_command('CLOSE')
        finally:
            self.state = 'AUTH'
        return typ, dat

    def copy(self, message_set, new_mailbox):
        return self._simple_command('COPY', message_set, new_mailbox)

    def create(self, mailbox):
        return self._simple_command('CREATE', mailbox)

    def delete(self, mailbox):
        return self._simple_command('DELETE', mailbox)

    def expunge(self):
        name = 'EXPUNGE'
        typ, dat = self._simple_command(name)
        return self._untagged_response(typ, dat, name)

    def fetch(self, message_set, message_parts):
        name = 'FETCH'
        typ, dat = self._simple_command(name, message_set, message_parts)
        return self._untagged_response(typ, dat, name)

    def getacl(self, mailbox):
        typ, dat = self._simple_command('GETACL', mailbox)
        return self._untagged_response(typ, dat, 'ACL')

    def getquota(self, root):
        typ, dat = self._simple_command('GETQUOTA', root)
        return self._untagged_response(typ, dat, 'QUOTA')

    def getquotaroot(self, mailbox):
        typ, dat = self._simple_command('GETQUOTAROOT', mailbox)
        typ, quota = self._untagged_response(typ, dat, 'QUOTA')
        typ, quotaroot = self._untagged_response(typ, dat, 'QUOTAROOT')
        return typ, [quotaroot, quota]

    def list(self, directory='""', pattern='*'):
        name = 'LIST'
        typ, dat = self._simple_command(name, directory, pattern)
        return self._untagged_response(typ, dat, name)

    def login(self, user, password):
        """Log in with a plain-text password (sent quoted)."""
        typ, dat = self._simple_command('LOGIN', user, self._quote(password))
        if typ != 'OK':
            raise self.error(dat[-1])
        self.state = 'AUTH'
        return typ, dat

    def login_cram_md5(self, user, password):
        """Log in with AUTHENTICATE CRAM-MD5."""
        self.user, self.password = user, password
        return self.authenticate('CRAM-MD5', self._CRAM_MD5_AUTH)

    def _CRAM_MD5_AUTH(self, challenge):
        import hmac
        return self.user + " " + hmac.HMAC(self.password,
                                           challenge).hexdigest()

    def logout(self):
        """Say LOGOUT and close the connection."""
        self.state = 'LOGOUT'
        try:
            typ, dat = self._simple_command('LOGOUT')
        except:
            typ, dat = 'NO', ['%s: %s' % sys.exc_info()[:2]]
        self.shutdown()
        if 'BYE' in self.untagged_responses:
            return 'BYE', self.untagged_responses['BYE']
        return typ, dat

    def lsub(self, directory='""', pattern='*'):
        name = 'LSUB'
        typ, dat = self._simple_command(name, directory, pattern)
        return self._untagged_response(typ, dat, name)

    def myrights(self, mailbox):
        typ, dat = self._simple_command('MYRIGHTS', mailbox)
        return self._untagged_response(typ, dat, 'MYRIGHTS')

    def namespace(self):
        name = 'NAMESPACE'
        typ, dat = self._simple_command(name)
        return self._untagged_response(typ, dat, name)

    def noop(self):
        return self._simple_command('NOOP')

    def partial(self, message_num, message_part, start, length):
        name = 'PARTIAL'
        typ, dat = self._simple_command(name, message_num, message_part,
                                        start, length)
        return self._untagged_response(typ, dat, 'FETCH')

    def proxyauth(self, user):
        return self._simple_command('PROXYAUTH', user)

    def rename(self, oldmailbox, newmailbox):
        return self._simple_command('RENAME', oldmailbox, newmailbox)

    def search(self, charset, *criteria):
        """('OK', ['1 2 3 ...']) for the messages matching criteria."""
        name = 'SEARCH'
        if charset:
            typ, dat = self._simple_command(name, 'CHARSET', charset,
                                            *criteria)
        else:
            typ, dat = self._simple_command(name, *criteria)
        return self._untagged_response(typ, dat, name)

    def select(self, mailbox='INBOX', readonly=False):
        """Select a mailbox; returns ('OK', [message count])."""
        self.untagged_responses = {}
        self.is_readonly = readonly
        if readonly:
            name = 'EXAMINE'
        else:
            name = 'SELECT'
        typ, dat = self._simple_command(name, mailbox)
        if typ != 'OK':
            self.state = 'AUTH'
            return typ, dat
        self.state = 'SELECTED'
        if 'READ-ONLY' in self.untagged_responses and not readonly:
            raise self.readonly('%s is not writable' % mailbox)
        return typ, self.untagged_responses.get('EXISTS', [None])

    def setacl(self, mailbox, who, what):
        return self._simple_command('SETACL', mailbox, who, what)

    def setquota(self, root, limits):
        typ, dat = self._simple_command('SETQUOTA', root, limits)
        return self._untagged_response(typ, dat, 'QUOTA')

    def sort(self, sort_criteria, charset, *search_criteria):
        name = 'SORT'
        if (sort_criteria[0], sort_criteria[-1]) != ('(', ')'):
            sort_criteria = '(%s)' % sort_criteria
        typ, dat = self._simple_command(name, sort_criteria, charset,
                                        *search_criteria)
        return self._untagged_response(typ, dat, name)

    def status(self, mailbox, names):
        name = 'STATUS'
        typ, dat = self._simple_command(name, mailbox, names)
        return self._untagged_response(typ, dat, name)

    def store(self, message_set, command, flags):
        if (flags[0], flags[-1]) != ('(', ')'):
            flags = '(%s)' % flags
        typ, dat = self._simple_command('STORE', message_set, command, flags)
        return self._untagged_response(typ, dat, 'FETCH')

    def subscribe(self, mailbox):
        return self._simple_command('SUBSCRIBE', mailbox)

    def thread(self, threading_algorithm, charset, *search_criteria):
        name = 'THREAD'
        typ, dat = self._simple_command(name, threading_algorithm, charset,
                                        *search_criteria)
        return self._untagged_response(typ, dat, name)

    def uid(self, command, *args):
        """A command (SEARCH, FETCH, COPY, STORE...) with UIDs for message
        numbers."""
        command = command.upper()
        if command not in Commands:
            raise self.error("Unknown IMAP4 UID command: %s" % command)
        if self.state not in Commands[command]:
            raise self.error("command %s illegal in state %s, "
                             "only allowed in states %s" %
                             (command, self.state,
                              ', '.join(Commands[command])))
        name = 'UID'
        typ, dat = self._simple_command(name, command, *args)
        if command in ('SEARCH', 'SORT'):
            name = command
        else:
            name = 'FETCH'
        return self._untagged_response(typ, dat, name)

    def unsubscribe(self, mailbox):
        return self._simple_command('UNSUBSCRIBE', mailbox)

    def xatom(self, name, *args):
        """An extension command the server announced in CAPABILITY."""
        name = name.upper()
        if name not in Commands:
            Commands[name] = (self.state,)
        return self._simple_command(name, *args)

    # The protocol engine.

    def _append_untagged(self, typ, dat):
        if dat is None:
            dat = ''
        self.untagged_responses.setdefault(typ, []).append(dat)

    def _check_bye(self):
        bye = self.untagged_responses.get('BYE')
        if bye:
            raise self.abort(bye[-1])

    def _command(self, name, *args):
        if self.state not in Commands[name]:
            self.literal = None
            raise self.error("command %s illegal in state %s, "
                             "only allowed in states %s" %
                             (name, self.state, ', '.join(Commands[name])))

        for typ in ('OK', 'NO', 'BAD'):
            if typ in self.untagged_responses:
                del self.untagged_responses[typ]

        if 'READ-ONLY' in self.untagged_responses and not self.is_readonly:
            raise self.readonly('mailbox status changed to READ-ONLY')

        tag = self._new_tag()
        data = '%s %s' % (tag, name)
        for arg in args:
            if arg is None:
                continue
            data = '%s %s' % (data, self._checkquote(arg))

        literal = self.literal
        if literal is not None:
            self.literal = None
            if callable(literal):
                literator = literal
            else:
                literator = None
                data = '%s {%s}' % (data, len(literal))

        if self.debug >= 4:
            self._mesg('> %s' % data)
        try:
            self.send('%s%s' % (data, CRLF))
        except (socket.error, OSError), val:
            raise self.abort('socket error: %s' % val)

        if literal is None:
            return tag

        while True:
            # Wait for the server's go-ahead (a continuation).
            while self._get_response():
                if self.tagged_commands[tag]:
                    return tag
            if literator:
                literal = literator(self.continuation_response)
            try:
                self.send(literal)
                self.send(CRLF)
            except (socket.error, OSError), val:
                raise self.abort('socket error: %s' % val)
            if not literator:
                break
        return tag

    def _command_complete(self, name, tag):
        self._check_bye()
        try:
            typ, data = self._get_tagged_response(tag)
        except self.abort, val:
            raise self.abort('command: %s => %s' % (name, val))
        except self.error, val:
            raise self.error('command: %s => %s' % (name, val))
        if name != 'LOGOUT':
            self._check_bye()
        if typ == 'BAD':
            raise self.error('%s command error: %s %s' % (name, typ, data))
        return typ, data

    def _get_response(self):
        """Read one response; returns None for a continuation, else the
        line (tagged ones are stored in tagged_commands)."""
        resp = self._get_line()
        mo = self.tagre.match(resp)
        if mo:
            tag = mo.group('tag')
            if tag not in self.tagged_commands:
                raise self.abort('unexpected tagged response: %s' % resp)
            self.tagged_commands[tag] = (mo.group('type'), [mo.group('data')])
            return resp

        dat2 = None
        mo = Untagged_response.match(resp)
        if not mo:
            mo = Untagged_status.match(resp)
            if mo:
                dat2 = mo.group('data2')
        if mo is None:
            cont = Continuation.match(resp)
            if cont:
                self.continuation_response = cont.group('data')
                return None
            raise self.abort("unexpected response: '%s'" % resp)

        typ = mo.group('type')
        dat = mo.group('data')
        if dat is None:
            dat = ''
        if dat2:
            dat = dat + ' ' + dat2

        # A response ending in {n} is followed by n bytes of literal.
        while True:
            lit = Literal.match(dat)
            if not lit:
                break
            size = int(lit.group('size'))
            data = self.read(size)
            self._append_untagged(typ, (dat, data))
            dat = self._get_line()
        self._append_untagged(typ, dat)

        # Status responses may carry a [CODE data] part.
        if typ in ('OK', 'NO', 'BAD'):
            code = Response_code.match(dat)
            if code:
                self._append_untagged(code.group('type'), code.group('data'))
        return resp

    def _get_tagged_response(self, tag):
        while True:
            result = self.tagged_commands[tag]
            if result is not None:
                del self.tagged_commands[tag]
                return result
            try:
                self._get_response()
            except self.abort:
                raise

    def _get_line(self):
        line = self.readline()
        if not line:
            raise self.abort('socket error: EOF')
        if not line.endswith(CRLF):
            raise self.abort('socket error: unterminated line')
        line = line[:-2]
        if self.debug >= 4:
            self._mesg('< %s' % line)
        return line

    def _new_tag(self):
        tag = '%s%s' % (self.tagpre, self.tagnum)
        self.tagnum = self.tagnum + 1
        self.tagged_commands[tag] = None
        return tag

    def _checkquote(self, arg):
        # Quote an argument unless it is already quoted or a list.
        if not isinstance(arg, basestring):
            return arg
        if len(arg) >= 2 and (arg[0], arg[-1]) in (('(', ')'), ('"', '"')):
            return arg
        if arg and self.mustquote.search(arg) is None:
            return arg
        return self._quote(arg)

    def _quote(self, arg):
        arg = arg.replace('\\', '\\\\')
        arg = arg.replace('"', '\\"')
        return '"%s"' % arg

    def _simple_command(self, name, *args):
        return self._command_complete(name, self._command(name, *args))

    def _untagged_response(self, typ, dat, name):
        if typ == 'NO':
            return typ, dat
        if name not in self.untagged_responses:
            return typ, [None]
        data = self.untagged_responses.pop(name)
        return typ, data

    def _mesg(self, s):
        sys.stderr.write('  %s\n' % s)
        sys.stderr.flush()


class IMAP4_stream(IMAP4):
    """IMAP4 over the stdin/stdout of a command (e.g. an imapd run
    through ssh)."""

    def __init__(self, command):
        self.command = command
        IMAP4.__init__(self)

    def open(self, host=None, port=None):
        import subprocess
        self.host = None
        self.port = None
        self.sock = None
        self.file = None
        self.process = subprocess.Popen(self.command, shell=True,
                                        stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE,
                                        close_fds=True)
        self.writefile = self.process.stdin
        self.readfile = self.process.stdout

    def read(self, size):
        return self.readfile.read(size)

    def readline(self):
        return self.readfile.readline()

    def send(self, data):
        self.writefile.write(data)
        self.writefile.flush()

    def shutdown(self):
        self.readfile.close()
        self.writefile.close()
        self.process.wait()


class _Authenticator:
    """Base64 coding of the AUTHENTICATE exchange."""

    def __init__(self, mechinst):
        self.mech = mechinst

    def process(self, data):
        import base64
        ret = self.mech(base64.decodestring(data or ''))
        if ret is None:
            return '*'          # cancels the authentication
        return base64.encodestring(ret).replace('\n', '')


_month_numbers = {'Jan': 1, 'Feb': 2, 'Mar': 3, 'Apr': 4, 'May': 5,
                  'Jun': 6, 'Jul': 7, 'Aug': 8, 'Sep': 9, 'Oct': 10,
                  'Nov': 11, 'Dec': 12}


def Internaldate2tuple(resp):
    """The local time tuple of an INTERNALDATE in a FETCH response, or
    None."""
    mo = InternalDate.match(resp)
    if not mo:
        return None
    mon = _month_numbers.get(mo.group('mon'))
    if mon is None:
        return None
    day = int(mo.group('day'))
    year = int(mo.group('year'))
    hour = int(mo.group('hour'))
    minute = int(mo.group('min'))
    sec = int(mo.group('sec'))
    zone = (int(mo.group('zoneh')) * 60 + int(mo.group('zonem'))) * 60
    if mo.group('zonen') == '-':
        zone = -zone
    # Seconds since the epoch of the UTC moment, then local time.
    import calendar
    utc = calendar.timegm((year, mon, day, hour, minute, sec, 0, 0, 0)) - zone
    return time.localtime(utc)


def Int2AP(num):
    """num written with the digits 'A'..'P' (base 16)."""
    digits = 'ABCDEFGHIJKLMNOP'
    val = ''
    num = int(abs(num))
    while num:
        num, mod = divmod(num, 16)
        val = digits[mod] + val
    return val


def ParseFlags(resp):
    """The flags in a FETCH response, as a tuple."""
    mo = Flags.match(resp)
    if not mo:
        return ()
    return tuple(mo.group('flags').split())


def Time2Internaldate(date_time):
    """'"DD-Mon-YYYY HH:MM:SS +HHMM"' for seconds since the epoch, a time
    tuple, or an already quoted string."""
    if isinstance(date_time, (int, long, float)):
        tt = time.localtime(date_time)
    elif isinstance(date_time, (tuple, time.struct_time)):
        tt = date_time
    elif isinstance(date_time, str) and (date_time[0], date_time[-1]) == \
            ('"', '"'):
        return date_time
    else:
        raise ValueError("date_time not of a known type")
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    stamp = '%02d-%s-%04d %02d:%02d:%02d' % (tt[2], months[tt[1] - 1], tt[0],
                                             tt[3], tt[4], tt[5])
    if time.daylight and tt[-1] == 1:
        zone = -time.altzone
    else:
        zone = -time.timezone
    sign = zone < 0 and '-' or '+'
    zone = abs(zone) // 60
    return '"%s %s%02d%02d"' % (stamp, sign, zone // 60, zone % 60)
