import unittest
from test import test_support

import urlparse

RFC1808_BASE = "http://a/b/c/d;p?q#f"

# (relative, expected) pairs from the examples of RFC 1808 section 5.
RFC1808_CASES = [
    ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"),
    ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"), ("//g", "http://g"),
    ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
    ("g?y/./x", "http://a/b/c/g?y/./x"), ("#s", "http://a/b/c/d;p?q#s"),
    ("g#s", "http://a/b/c/g#s"), ("g#s/./x", "http://a/b/c/g#s/./x"),
    ("g?y#s", "http://a/b/c/g?y#s"), ("g;x", "http://a/b/c/g;x"),
    ("g;x?y#s", "http://a/b/c/g;x?y#s"), (".", "http://a/b/c/"),
    ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"),
    ("../g", "http://a/b/g"), ("../..", "http://a/"),
    ("../../", "http://a/"), ("../../g", "http://a/g"),
    ("", RFC1808_BASE),
    # abnormal examples
    ("../../../g", "http://a/../g"), ("../../../../g", "http://a/../../g"),
    ("/./g", "http://a/./g"), ("/../g", "http://a/../g"),
    ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"),
    ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
    ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
    ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
    ("http:g", "http://a/b/c/g"),
]


class UrlParseTest(unittest.TestCase):

    def test_urlparse(self):
        url = "http://www.python.org/doc/lib;type=a?q=1&r=2#frag"
        p = urlparse.urlparse(url)
        self.assertEqual(p, ("http", "www.python.org", "/doc/lib", "type=a",
                             "q=1&r=2", "frag"))
        self.assertEqual(p.scheme, "http")
        self.assertEqual(p.netloc, "www.python.org")
        self.assertEqual(p.path, "/doc/lib")
        self.assertEqual(p.params, "type=a")
        self.assertEqual(p.query, "q=1&r=2")
        self.assertEqual(p.fragment, "frag")
        self.assertEqual(p.geturl(), url)
        self.assertEqual(urlparse.urlunparse(p), url)
        self.assert_(isinstance(p, tuple))
        self.assertEqual(len(p), 6)

    def test_urlsplit(self):
        url = "http://www.python.org/doc/lib;type=a?q=1#frag"
        s = urlparse.urlsplit(url)
        self.assertEqual(s, ("http", "www.python.org", "/doc/lib;type=a",
                             "q=1", "frag"))
        self.assertEqual(s.query, "q=1")
        self.assertEqual(s.fragment, "frag")
        self.assertEqual(urlparse.urlunsplit(s), url)
        self.assertEqual(s.geturl(), url)

    def test_netloc_parts(self):
        p = urlparse.urlsplit("http://User:Pass@WWW.Example.COM:8080/x")
        self.assertEqual(p.username, "User")
        self.assertEqual(p.password, "Pass")
        self.assertEqual(p.hostname, "www.example.com")
        self.assertEqual(p.port, 8080)
        p = urlparse.urlparse("http://example.com/")
        self.assertEqual(p.username, None)
        self.assertEqual(p.password, None)
        self.assertEqual(p.port, None)
        self.assertEqual(p.hostname, "example.com")
        p = urlparse.urlparse("http://user@host")
        self.assertEqual((p.username, p.password), ("user", None))
        self.assertEqual(urlparse.urlparse("/path").hostname, None)

    def test_schemes(self):
        self.assertEqual(urlparse.urlparse("HTTP://x/")[0], "http")
        self.assertEqual(urlparse.urlparse("path/only", "ftp"),
                         ("ftp", "", "path/only", "", "", ""))
        self.assertEqual(urlparse.urlparse("mailto:who@example.com"),
                         ("mailto", "", "who@example.com", "", "", ""))
        self.assertEqual(urlparse.urlsplit("file:///tmp/junk.txt"),
                         ("file", "", "/tmp/junk.txt", "", ""))
        self.assertEqual(urlparse.urlunsplit(("file", "", "/tmp/junk.txt",
                                              "", "")),
                         "file:///tmp/junk.txt")
        self.assertEqual(urlparse.urlsplit("//host/p?q"),
                         ("", "host", "/p", "q", ""))

    def test_allow_fragments(self):
        self.assertEqual(urlparse.urlparse("http://a/b#c", "", False),
                         ("http", "a", "/b#c", "", "", ""))

    def test_roundtrips(self):
        for url in ["http://a/b/c", "https://x:1/?q#f", "ftp://u@h/d;type=i",
                    "file:///etc/passwd", "svn+ssh://h/repo", "x/y/z",
                    "mailto:a@b", "http://a/b?c=d&e=f"]:
            self.assertEqual(urlparse.urlunparse(urlparse.urlparse(url)), url)
            self.assertEqual(urlparse.urlunsplit(urlparse.urlsplit(url)), url)

    def test_urljoin_rfc1808(self):
        for rel, expected in RFC1808_CASES:
            self.assertEqual(urlparse.urljoin(RFC1808_BASE, rel), expected,
                             "%r: %r" % (rel, urlparse.urljoin(RFC1808_BASE,
                                                                rel)))

    def test_urljoin_misc(self):
        self.assertEqual(urlparse.urljoin("", "x"), "x")
        self.assertEqual(urlparse.urljoin("http://a/b", ""), "http://a/b")
        self.assertEqual(urlparse.urljoin("http://a/b", "ftp://c/d"),
                         "ftp://c/d")
        self.assertEqual(urlparse.urljoin("mailto:a@b", "c"), "c")
        self.assertEqual(urlparse.urljoin("http://a/b/", "c?d"),
                         "http://a/b/c?d")

    def test_urldefrag(self):
        self.assertEqual(urlparse.urldefrag("http://a/b?c#d"),
                         ("http://a/b?c", "d"))
        self.assertEqual(urlparse.urldefrag("http://a/b"), ("http://a/b", ""))

    def test_cache(self):
        for i in range(urlparse.MAX_CACHE_SIZE * 2):
            urlparse.urlsplit("http://h/%d" % i)
        self.assert_(len(urlparse._parse_cache) <= urlparse.MAX_CACHE_SIZE)
        urlparse.clear_cache()
        self.assertEqual(len(urlparse._parse_cache), 0)
        self.assertEqual(urlparse.urlsplit(u"http://h/x"),
                         (u"http", u"h", u"/x", u"", u""))


def test_main():
    test_support.run_unittest(UrlParseTest)

if __name__ == "__main__":
    test_main()
