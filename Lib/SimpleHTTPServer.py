"""An HTTP request handler that serves files from the current directory
(the Python 2.5 SimpleHTTPServer API).

GET and HEAD are supported; directories are answered with their
index.html / index.htm, or with a generated listing.
"""

__version__ = "0.6"

__all__ = ["SimpleHTTPRequestHandler"]

import os
import posixpath
import BaseHTTPServer
import urllib
import urlparse
import shutil

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO


# Used when the mimetypes module is not available.
_FALLBACK_TYPES = {
    '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain',
    '.py': 'text/plain', '.c': 'text/plain', '.h': 'text/plain',
    '.css': 'text/css', '.js': 'application/x-javascript',
    '.xml': 'text/xml', '.gif': 'image/gif', '.png': 'image/png',
    '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.ico': 'image/x-icon',
    '.pdf': 'application/pdf', '.zip': 'application/zip',
    '.gz': 'application/x-gzip', '.tar': 'application/x-tar',
    '.json': 'application/json',
}


def _html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SimpleHTTPRequestHandler(BaseHTTPServer.BaseHTTPRequestHandler):
    """Serves the files below the current working directory."""

    server_version = "SimpleHTTP/" + __version__

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Send the status and headers for a GET or HEAD.

        Returns a file object positioned at the body (the caller copies
        and closes it) or None when nothing more is to be sent."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.endswith('/'):
                # Relative links in the page need the trailing slash.
                self.send_response(301)
                self.send_header("Location", self.path + "/")
                self.end_headers()
                return None
            for index in "index.html", "index.htm":
                candidate = os.path.join(path, index)
                if os.path.exists(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        if ctype.startswith('text/'):
            mode = 'r'
        else:
            mode = 'rb'
        try:
            f = open(path, mode)
        except IOError:
            self.send_error(404, "File not found")
            return None
        self.send_response(200)
        self.send_header("Content-type", ctype)
        st = os.fstat(f.fileno())
        self.send_header("Content-Length", str(st[6]))
        self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
        self.end_headers()
        return f

    def list_directory(self, path):
        """Build an HTML listing of a directory; returns a file object."""
        try:
            names = os.listdir(path)
        except os.error:
            self.send_error(404, "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        displaypath = _html_escape(urllib.unquote(self.path))
        parts = ["<title>Directory listing for %s</title>" % displaypath,
                 "<h2>Directory listing for %s</h2>" % displaypath,
                 "<hr>", "<ul>"]
        for name in names:
            full = os.path.join(path, name)
            shown = link = name
            if os.path.isdir(full):
                shown = name + "/"
                link = name + "/"
            if os.path.islink(full):
                shown = name + "@"
            parts.append('<li><a href="%s">%s</a>'
                         % (urllib.quote(link), _html_escape(shown)))
        parts.extend(["</ul>", "<hr>", "</body>", "</html>"])
        body = "\n".join(parts) + "\n"
        self.send_response(200)
        self.send_header("Content-type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return StringIO(body)

    def translate_path(self, path):
        """Map a URL path onto the file system below os.getcwd().

        '..' components and drive or directory prefixes inside a component
        are dropped, so the result never leaves the served directory."""
        path = urlparse.urlparse(path)[2]
        path = posixpath.normpath(urllib.unquote(path))
        result = os.getcwd()
        for word in path.split('/'):
            if not word:
                continue
            drive, word = os.path.splitdrive(word)
            head, word = os.path.split(word)
            if word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """Guess the Content-Type of a file from its extension."""
        base, ext = posixpath.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        return self.extensions_map['']

    try:
        import mimetypes
        if not mimetypes.inited:
            mimetypes.init()
        extensions_map = mimetypes.types_map.copy()
        del mimetypes
    except (ImportError, AttributeError):
        extensions_map = _FALLBACK_TYPES.copy()
    extensions_map.update({
        '': 'application/octet-stream',
        '.py': 'text/plain',
        '.c': 'text/plain',
        '.h': 'text/plain',
        })


def test(HandlerClass=SimpleHTTPRequestHandler,
         ServerClass=BaseHTTPServer.HTTPServer):
    BaseHTTPServer.test(HandlerClass, ServerClass)


if __name__ == '__main__':
    test()
