"""SMTP/ESMTP client (the Python 2.5 smtplib API; RFC 821, RFC 1869,
RFC 2554 for AUTH).

    s = smtplib.SMTP('localhost')
    s.sendmail('me@example.org', ['you@example.org'], message_text)
    s.quit()

This build has no SSL support, so starttls() raises SMTPException.
"""

import socket
import re
import sys
import base64
import hmac
import rfc822

__all__ = ["SMTPException", "SMTPServerDisconnected", "SMTPResponseException",
           "SMTPSenderRefused", "SMTPRecipientsRefused", "SMTPDataError",
           "SMTPConnectError", "SMTPHeloError", "SMTPAuthenticationError",
           "quoteaddr", "quotedata", "SMTP"]

SMTP_PORT = 25
CRLF = "\r\n"

OLDSTYLE_AUTH = re.compile(r"auth=(.*)", re.I)


class SMTPException(Exception):
    """Base class of all exceptions raised by this module."""

class SMTPServerDisconnected(SMTPException):
    """The server closed the connection, or it was never opened."""

class SMTPResponseException(SMTPException):
    """The server answered with an error code: smtp_code and smtp_error
    hold the code and message."""

    def __init__(self, code, msg):
        self.smtp_code = code
        self.smtp_error = msg
        self.args = (code, msg)

class SMTPSenderRefused(SMTPResponseException):
    """The sender address was refused; sender holds it."""

    def __init__(self, code, msg, sender):
        self.smtp_code = code
        self.smtp_error = msg
        self.sender = sender
        self.args = (code, msg, sender)

class SMTPRecipientsRefused(SMTPException):
    """Every recipient was refused; recipients maps each address to its
    (code, message)."""

    def __init__(self, recipients):
        self.recipients = recipients
        self.args = (recipients,)

class SMTPDataError(SMTPResponseException):
    """The message data was refused."""

class SMTPConnectError(SMTPResponseException):
    """The greeting at connection time was an error."""

class SMTPHeloError(SMTPResponseException):
    """HELO/EHLO was refused."""

class SMTPAuthenticationError(SMTPResponseException):
    """The login was refused."""


def quoteaddr(addr):
    """Put an address in angle brackets for MAIL FROM / RCPT TO."""
    try:
        found = rfc822.parseaddr(addr)[1]
    except (AttributeError, TypeError):
        found = None
    if found is None:
        # Not parseable: send it as given.
        return "<%s>" % addr
    return "<%s>" % found


def quotedata(data):
    """Normalise line endings to CRLF and double leading dots
    (RFC 821, 4.5.2)."""
    data = re.sub(r'(?:\r\n|\n|\r(?!\n))', CRLF, data)
    return re.sub(r'(?m)^\.', '..', data)


def _b64(s):
    return base64.encodestring(s).replace("\n", "")


class SMTP:
    """A connection to an SMTP server.

    Attributes after the greeting: helo_resp / ehlo_resp (the replies),
    does_esmtp, and esmtp_features (extension name -> parameters)."""

    debuglevel = 0
    file = None
    helo_resp = None
    ehlo_resp = None
    does_esmtp = 0

    def __init__(self, host='', port=0, local_hostname=None):
        self.esmtp_features = {}
        self.sock = None
        if host:
            code, msg = self.connect(host, port)
            if code != 220:
                raise SMTPConnectError(code, msg)
        if local_hostname is not None:
            self.local_hostname = local_hostname
        else:
            # Our name for HELO: a fully qualified domain name if there is
            # one, else the address literal.
            fqdn = socket.getfqdn()
            if '.' in fqdn:
                self.local_hostname = fqdn
            else:
                addr = '127.0.0.1'
                try:
                    addr = socket.gethostbyname(socket.gethostname())
                except socket.error:
                    pass
                self.local_hostname = '[%s]' % addr

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def connect(self, host='localhost', port=0):
        """Connect and read the greeting; returns its (code, message).

        host may be 'name:port' when port is not given."""
        if not port and (host.find(':') == host.rfind(':')):
            i = host.rfind(':')
            if i >= 0:
                host, port = host[:i], host[i + 1:]
                try:
                    port = int(port)
                except ValueError:
                    raise socket.error, "nonnumeric port"
        if not port:
            port = SMTP_PORT
        if self.debuglevel > 0:
            print >> sys.stderr, 'connect:', (host, port)
        msg = "getaddrinfo returns an empty list"
        self.sock = None
        for family, socktype, proto, canonname, addr in socket.getaddrinfo(
                host, port, 0, socket.SOCK_STREAM):
            try:
                self.sock = socket.socket(family, socktype, proto)
                if self.debuglevel > 0:
                    print >> sys.stderr, 'connect:', (host, port)
                self.sock.connect(addr)
            except socket.error, msg:
                if self.debuglevel > 0:
                    print >> sys.stderr, 'connect fail:', (host, port)
                if self.sock:
                    self.sock.close()
                self.sock = None
                continue
            break
        if not self.sock:
            raise socket.error, msg
        code, msg = self.getreply()
        if self.debuglevel > 0:
            print >> sys.stderr, "connect:", msg
        return code, msg

    def send(self, str):
        """Send a string to the server."""
        if self.debuglevel > 0:
            print >> sys.stderr, 'send:', repr(str)
        if self.sock:
            try:
                self.sock.sendall(str)
            except socket.error:
                self.close()
                raise SMTPServerDisconnected('Server not connected')
        else:
            raise SMTPServerDisconnected('please run connect() first')

    def putcmd(self, cmd, args=""):
        """Send a command line."""
        if args == "":
            line = '%s%s' % (cmd, CRLF)
        else:
            line = '%s %s%s' % (cmd, args, CRLF)
        self.send(line)

    def getreply(self):
        """Read a (possibly multi-line) reply; returns (code, message)
        with the message lines joined by newlines.  The code is -1 if the
        reply could not be parsed."""
        lines = []
        if self.file is None:
            self.file = self.sock.makefile('rb')
        while True:
            try:
                line = self.file.readline()
            except socket.error:
                line = ''
            if line == '':
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed")
            if self.debuglevel > 0:
                print >> sys.stderr, 'reply:', repr(line)
            lines.append(line[4:].strip())
            code = line[:3]
            try:
                errcode = int(code)
            except ValueError:
                errcode = -1
                break
            # "250-..." continues, "250 ..." is the last line.
            if line[3:4] != "-":
                break
        errmsg = "\n".join(lines)
        if self.debuglevel > 0:
            print >> sys.stderr, 'reply: retcode (%s); Msg: %s' % (errcode,
                                                                     errmsg)
        return errcode, errmsg

    def docmd(self, cmd, args=""):
        """Send a command and return its reply."""
        self.putcmd(cmd, args)
        return self.getreply()

    # Standard SMTP commands.

    def helo(self, name=''):
        self.putcmd("helo", name or self.local_hostname)
        code, msg = self.getreply()
        self.helo_resp = msg
        return code, msg

    def ehlo(self, name=''):
        """Say EHLO and record the extensions the server announces."""
        self.esmtp_features = {}
        self.putcmd("ehlo", name or self.local_hostname)
        code, msg = self.getreply()
        if code == -1 and len(msg) == 0:
            self.close()
            raise SMTPServerDisconnected("Server not connected")
        self.ehlo_resp = msg
        if code != 250:
            return code, msg
        self.does_esmtp = 1
        lines = self.ehlo_resp.split('\n')
        for line in lines[1:]:
            # Some servers announce AUTH the old way, as AUTH=...
            old = OLDSTYLE_AUTH.match(line)
            if old:
                self.esmtp_features["auth"] = (
                    self.esmtp_features.get("auth", "") + " " + old.group(1))
                continue
            m = re.match(r'(?P<feature>[A-Za-z0-9][A-Za-z0-9\-]*)', line)
            if m:
                feature = m.group("feature").lower()
                params = m.string[m.end("feature"):].strip()
                if feature == "auth":
                    self.esmtp_features[feature] = (
                        self.esmtp_features.get(feature, "") + " " + params)
                else:
                    self.esmtp_features[feature] = params
        return code, msg

    def has_extn(self, opt):
        return opt.lower() in self.esmtp_features

    def help(self, args=''):
        self.putcmd("help", args)
        return self.getreply()[1]

    def rset(self):
        return self.docmd("rset")

    def noop(self):
        return self.docmd("noop")

    def mail(self, sender, options=[]):
        optionlist = ''
        if options and self.does_esmtp:
            optionlist = ' ' + ' '.join(options)
        self.putcmd("mail", "FROM:%s%s" % (quoteaddr(sender), optionlist))
        return self.getreply()

    def rcpt(self, recip, options=[]):
        optionlist = ''
        if options and self.does_esmtp:
            optionlist = ' ' + ' '.join(options)
        self.putcmd("rcpt", "TO:%s%s" % (quoteaddr(recip), optionlist))
        return self.getreply()

    def data(self, msg):
        """Send the message text after DATA; returns the final reply.
        Raises SMTPDataError if the server does not answer DATA with 354."""
        self.putcmd("data")
        code, repl = self.getreply()
        if self.debuglevel > 0:
            print >> sys.stderr, "data:", (code, repl)
        if code != 354:
            raise SMTPDataError(code, repl)
        q = quotedata(msg)
        if q[-2:] != CRLF:
            q = q + CRLF
        q = q + "." + CRLF
        self.send(q)
        code, msg = self.getreply()
        if self.debuglevel > 0:
            print >> sys.stderr, "data:", (code, msg)
        return code, msg

    def verify(self, address):
        self.putcmd("vrfy", quoteaddr(address))
        return self.getreply()

    vrfy = verify

    def expn(self, address):
        self.putcmd("expn", quoteaddr(address))
        return self.getreply()

    # Commands built from several exchanges.

    def _hello_if_needed(self):
        if self.helo_resp is None and self.ehlo_resp is None:
            if not (200 <= self.ehlo()[0] <= 299):
                code, resp = self.helo()
                if not (200 <= code <= 299):
                    raise SMTPHeloError(code, resp)

    def login(self, user, password):
        """Log in with SMTP AUTH (CRAM-MD5, PLAIN or LOGIN, in that order
        of preference among those the server offers)."""
        self._hello_if_needed()
        if not self.has_extn("auth"):
            raise SMTPException("SMTP AUTH extension not supported by server.")

        offered = self.esmtp_features["auth"].upper().split()
        method = None
        for candidate in ("CRAM-MD5", "PLAIN", "LOGIN"):
            if candidate in offered:
                method = candidate
                break

        if method == "CRAM-MD5":
            code, resp = self.docmd("AUTH", "CRAM-MD5")
            if code == 503:
                # Already authenticated.
                return code, resp
            challenge = base64.decodestring(resp)
            answer = user + " " + hmac.HMAC(password, challenge).hexdigest()
            code, resp = self.docmd(_b64(answer))
        elif method == "PLAIN":
            code, resp = self.docmd(
                "AUTH", "PLAIN " + _b64("\0%s\0%s" % (user, password)))
        elif method == "LOGIN":
            code, resp = self.docmd("AUTH", "LOGIN " + _b64(user))
            if code != 334:
                raise SMTPAuthenticationError(code, resp)
            code, resp = self.docmd(_b64(password))
        else:
            raise SMTPException("No suitable authentication method found.")
        if code not in (235, 503):
            raise SMTPAuthenticationError(code, resp)
        return code, resp

    def starttls(self, keyfile=None, certfile=None):
        raise SMTPException("STARTTLS is not available: no SSL support")

    def sendmail(self, from_addr, to_addrs, msg, mail_options=[],
                 rcpt_options=[]):
        """Send msg from from_addr to to_addrs (a string or a list).

        Returns a dict of the refused recipients (address -> (code, msg));
        raises SMTPRecipientsRefused if all were refused, and
        SMTPHeloError, SMTPSenderRefused or SMTPDataError on the other
        failures (after resetting the session)."""
        self._hello_if_needed()
        esmtp_opts = []
        if self.does_esmtp:
            if self.has_extn('size'):
                esmtp_opts.append("size=%d" % len(msg))
            for option in mail_options:
                esmtp_opts.append(option)

        code, resp = self.mail(from_addr, esmtp_opts)
        if code != 250:
            self.rset()
            raise SMTPSenderRefused(code, resp, from_addr)
        senderrs = {}
        if isinstance(to_addrs, basestring):
            to_addrs = [to_addrs]
        for each in to_addrs:
            code, resp = self.rcpt(each, rcpt_options)
            if code != 250 and code != 251:
                senderrs[each] = (code, resp)
        if len(senderrs) == len(to_addrs):
            self.rset()
            raise SMTPRecipientsRefused(senderrs)
        code, resp = self.data(msg)
        if code != 250:
            self.rset()
            raise SMTPDataError(code, resp)
        return senderrs

    def close(self):
        if self.file:
            self.file.close()
        self.file = None
        if self.sock:
            self.sock.close()
        self.sock = None

    def quit(self):
        """Say QUIT and close the connection."""
        self.docmd("quit")
        self.close()
