"""Compare files and directories.

cmp(f1, f2) compares two files; cmpfiles(a, b, names) compares the
files with those names in two directories; dircmp(a, b) compares two
directory trees, computing its attributes on demand.
"""

import os
import stat
from itertools import ifilter, ifilterfalse

__all__ = ["cmp", "dircmp", "cmpfiles"]

BUFSIZE = 8 * 1024

# (f1, f2, signature1, signature2) -> result of comparing the contents
_cache = {}


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)

def cmp(f1, f2, shallow=1):
    """Whether the files f1 and f2 are the same.

    With shallow true, files whose type, size and modification time
    agree are taken to be the same without reading them. Only regular
    files can be equal. Results are cached (and recomputed when a file
    changes).
    """
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    result = _cache.get(key)
    if result is None:
        result = _same_contents(f1, f2)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = result
    return result

def _same_contents(f1, f2):
    fp1 = open(f1, 'rb')
    try:
        fp2 = open(f2, 'rb')
        try:
            while True:
                b1 = fp1.read(BUFSIZE)
                b2 = fp2.read(BUFSIZE)
                if b1 != b2:
                    return False
                if not b1:
                    return True
        finally:
            fp2.close()
    finally:
        fp1.close()


class dircmp:
    """Compares the directories a and b (names in ignore are left out,
    by default ['RCS', 'CVS', 'tags']; names in hide too, by default
    os.curdir and os.pardir).

    Attributes, computed when first used:
      left_list, right_list: the filtered contents of a and b, sorted
      common: names in both; left_only, right_only: names in one only
      common_dirs, common_files: common names that are directories /
        files on both sides; common_funny: the other common names
      same_files, diff_files: common files equal / different (as
        cmpfiles finds them); funny_files: those that could not be
        compared
      subdirs: dict name -> dircmp for each of common_dirs
    report(), report_partial_closure() and report_full_closure() print
    the differences.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        if hide is None:
            self.hide = [os.curdir, os.pardir]
        else:
            self.hide = hide
        if ignore is None:
            self.ignore = ['RCS', 'CVS', 'tags']
        else:
            self.ignore = ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = _filter(os.listdir(self.left), skip)
        self.right_list = _filter(os.listdir(self.right), skip)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        # Names are matched after os.path.normcase.
        left = dict([(os.path.normcase(n), n) for n in self.left_list])
        right = dict([(os.path.normcase(n), n) for n in self.right_list])
        self.common = [left[k] for k in ifilter(right.has_key, left)]
        self.left_only = [left[k] for k in ifilterfalse(right.has_key, left)]
        self.right_only = [right[k]
                           for k in ifilterfalse(left.has_key, right)]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                a = os.stat(os.path.join(self.left, name))
                b = os.stat(os.path.join(self.right, name))
            except os.error:
                self.common_funny.append(name)
                continue
            ta = stat.S_IFMT(a.st_mode)
            tb = stat.S_IFMT(b.st_mode)
            if ta != tb:
                self.common_funny.append(name)
            elif stat.S_ISDIR(ta):
                self.common_dirs.append(name)
            elif stat.S_ISREG(ta):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = dircmp(os.path.join(self.left, name),
                                        os.path.join(self.right, name),
                                        self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = {'subdirs': phase4,
                 'same_files': phase3, 'diff_files': phase3,
                 'funny_files': phase3,
                 'common_dirs': phase2, 'common_files': phase2,
                 'common_funny': phase2,
                 'common': phase1, 'left_only': phase1, 'right_only': phase1,
                 'left_list': phase0, 'right_list': phase0}

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError, attr
        self.methodmap[attr](self)
        return getattr(self, attr)

    def report(self):
        """Print the differences between a and b."""
        print 'diff', self.left, self.right
        if self.left_only:
            self.left_only.sort()
            print 'Only in', self.left, ':', self.left_only
        if self.right_only:
            self.right_only.sort()
            print 'Only in', self.right, ':', self.right_only
        if self.same_files:
            self.same_files.sort()
            print 'Identical files :', self.same_files
        if self.diff_files:
            self.diff_files.sort()
            print 'Differing files :', self.diff_files
        if self.funny_files:
            self.funny_files.sort()
            print 'Trouble with common files :', self.funny_files
        if self.common_dirs:
            self.common_dirs.sort()
            print 'Common subdirectories :', self.common_dirs
        if self.common_funny:
            self.common_funny.sort()
            print 'Common funny cases :', self.common_funny

    def report_partial_closure(self):
        """report(), then report() for each common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print
            sub.report()

    def report_full_closure(self):
        """report(), recursively for all common subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print
            sub.report_full_closure()


def cmpfiles(a, b, common, shallow=1):
    """Compare the files named in common in the directories a and b.
    Returns three lists of names: equal, different, and those that could
    not be compared (missing, unreadable...)."""
    result = ([], [], [])
    for name in common:
        ax = os.path.join(a, name)
        bx = os.path.join(b, name)
        result[_cmp(ax, bx, shallow)].append(name)
    return result

def _cmp(a, b, sh):
    # 0 equal, 1 different, 2 error
    try:
        return not cmp(a, b, sh)
    except (os.error, IOError):
        return 2

def _filter(names, skip):
    return [n for n in names if n not in skip]


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    dd = dircmp(args[0], args[1])
    if ('-r', '') in options:
        dd.report_full_closure()
    else:
        dd.report()

if __name__ == '__main__':
    demo()
