"""An HTTP request handler that also runs CGI scripts (the Python 2.5
CGIHTTPServer API, basic form).

Requests for paths under one of cgi_directories ('/cgi-bin', '/htbin')
run the named script with the CGI/1.1 environment; everything else is
served as by SimpleHTTPRequestHandler.  Scripts run in a child process
made with os.fork() (Unix).
"""

__version__ = "0.4"

__all__ = ["CGIHTTPRequestHandler"]

import os
import sys
import urllib
import select
import BaseHTTPServer
import SimpleHTTPServer


class CGIHTTPRequestHandler(SimpleHTTPServer.SimpleHTTPRequestHandler):

    have_fork = hasattr(os, 'fork')

    # Request bodies are read in full by the child; no read-ahead here.
    rbufsize = 0

    cgi_directories = ['/cgi-bin', '/htbin']

    def do_POST(self):
        if self.is_cgi():
            self.run_cgi()
        else:
            self.send_error(501, "Can only POST to CGI scripts")

    def send_head(self):
        if self.is_cgi():
            return self.run_cgi()
        return SimpleHTTPServer.SimpleHTTPRequestHandler.send_head(self)

    def is_cgi(self):
        """True if self.path names a CGI script; sets self.cgi_info to
        (directory, rest-of-path)."""
        path = self.path
        for d in self.cgi_directories:
            n = len(d)
            if path[:n] == d and (not path[n:] or path[n] == '/'):
                self.cgi_info = path[:n], path[n + 1:]
                return True
        return False

    def is_executable(self, path):
        return executable(path)

    def is_python(self, path):
        head, tail = os.path.splitext(path)
        return tail.lower() in (".py", ".pyw")

    def run_cgi(self):
        """Run the script named by self.cgi_info and send its output."""
        dir, rest = self.cgi_info
        i = rest.find('/')
        # Directories nested under the CGI directory are part of the
        # script path as long as they exist.
        while i >= 0:
            nextdir = rest[:i]
            nextrest = rest[i + 1:]
            scriptdir = self.translate_path(nextdir)
            if os.path.isdir(scriptdir):
                dir, rest = nextdir, nextrest
                i = rest.find('/')
            else:
                break
        i = rest.rfind('?')
        if i >= 0:
            rest, query = rest[:i], rest[i + 1:]
        else:
            query = ''
        i = rest.find('/')
        if i >= 0:
            script, rest = rest[:i], rest[i:]
        else:
            script, rest = rest, ''
        scriptname = dir + '/' + script
        scriptfile = self.translate_path(scriptname)
        if not os.path.exists(scriptfile):
            self.send_error(404, "No such CGI script (%r)" % scriptname)
            return
        if not os.path.isfile(scriptfile):
            self.send_error(403, "CGI script is not a plain file (%r)" %
                            scriptname)
            return
        ispy = self.is_python(scriptname)
        if not ispy:
            if not self.have_fork:
                self.send_error(403, "CGI script is not a Python script (%r)" %
                                scriptname)
                return
            if not self.is_executable(scriptfile):
                self.send_error(403, "CGI script is not executable (%r)" %
                                scriptname)
                return

        env = self._cgi_environment(scriptname, rest, query)
        self.send_response(200, "Script output follows")
        self.wfile.flush()

        decoded_query = query.replace('+', ' ')
        if ispy:
            argv = [sys.executable, '-u', scriptfile]
        else:
            argv = [scriptfile]
        if '=' not in decoded_query:
            argv.append(decoded_query)

        if not self.have_fork:
            self.log_error("CGI scripts need os.fork on this platform")
            return
        pid = os.fork()
        if pid != 0:
            pid, status = os.waitpid(pid, 0)
            # Drop any request body the script left unread so the client
            # sees a clean close.
            while select.select([self.rfile], [], [], 0)[0]:
                if not self.rfile.read(1):
                    break
            if status:
                self.log_error("CGI script exit status %#x", status)
            else:
                self.log_message("CGI script exited OK")
            return
        # Child: stdin/stdout become the connection.
        try:
            try:
                os.dup2(self.rfile.fileno(), 0)
                os.dup2(self.wfile.fileno(), 1)
                os.execve(argv[0], argv, env)
            except:
                self.server.handle_error(self.request, self.client_address)
        finally:
            os._exit(127)

    def _cgi_environment(self, scriptname, pathinfo, query):
        env = {}
        env.update(os.environ)
        env['SERVER_SOFTWARE'] = self.version_string()
        env['SERVER_NAME'] = self.server.server_name
        env['GATEWAY_INTERFACE'] = 'CGI/1.1'
        env['SERVER_PROTOCOL'] = self.protocol_version
        env['SERVER_PORT'] = str(self.server.server_port)
        env['REQUEST_METHOD'] = self.command
        uqrest = urllib.unquote(pathinfo)
        env['PATH_INFO'] = uqrest
        env['PATH_TRANSLATED'] = self.translate_path(uqrest)
        env['SCRIPT_NAME'] = scriptname
        if query:
            env['QUERY_STRING'] = query
        env['REMOTE_ADDR'] = self.client_address[0]
        if self.headers.typeheader is None:
            env['CONTENT_TYPE'] = self.headers.type
        else:
            env['CONTENT_TYPE'] = self.headers.typeheader
        length = self.headers.getheader('content-length')
        if length:
            env['CONTENT_LENGTH'] = length
        accept = []
        for line in self.headers.getallmatchingheaders('accept'):
            if line[:1] in "\t\n\r ":
                accept.append(line.strip())
            else:
                accept = accept + line[7:].split(',')
        env['HTTP_ACCEPT'] = ','.join([a.strip() for a in accept])
        ua = self.headers.getheader('user-agent')
        if ua:
            env['HTTP_USER_AGENT'] = ua
        co = filter(None, self.headers.getheaders('cookie'))
        if co:
            env['HTTP_COOKIE'] = ', '.join(co)
        # Variables that must not leak in from the server's environment.
        for k in ('QUERY_STRING', 'REMOTE_HOST', 'CONTENT_LENGTH',
                  'HTTP_USER_AGENT', 'HTTP_COOKIE'):
            env.setdefault(k, "")
        return env


def executable(path):
    """True if path is a file with an execute bit set."""
    try:
        st = os.stat(path)
    except os.error:
        return False
    return st.st_mode & 0111 != 0


def test(HandlerClass=CGIHTTPRequestHandler,
         ServerClass=BaseHTTPServer.HTTPServer):
    SimpleHTTPServer.test(HandlerClass, ServerClass)


if __name__ == '__main__':
    test()
