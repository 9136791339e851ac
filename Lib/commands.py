"""Run shell commands and collect their output (POSIX only).

getstatusoutput(cmd) runs cmd through the shell with stderr joined to
stdout and returns (status, output), the status as os.wait() encodes it
and the output without its final newline. getoutput(cmd) returns only
the output; getstatus(file) the output of 'ls -ld file'.
"""

__all__ = ["getstatusoutput", "getoutput", "getstatus"]


def getstatus(file):
    """The output of 'ls -ld file'."""
    return getoutput('ls -ld' + mkarg(file))

def getoutput(cmd):
    """The output (stdout and stderr) of the shell command cmd."""
    return getstatusoutput(cmd)[1]

def getstatusoutput(cmd):
    """(status, output) of the shell command cmd."""
    import os
    pipe = os.popen('{ ' + cmd + '; } 2>&1', 'r')
    try:
        text = pipe.read()
    finally:
        sts = pipe.close()
    if sts is None:
        sts = 0
    if text[-1:] == '\n':
        text = text[:-1]
    return sts, text

def mk2arg(head, x):
    import os
    return mkarg(os.path.join(head, x))

def mkarg(x):
    """x quoted as one shell word, with a space in front."""
    if '\'' not in x:
        return ' \'' + x + '\''
    out = [' "']
    for c in x:
        if c in '\\$"`':
            out.append('\\')
        out.append(c)
    out.append('"')
    return ''.join(out)
