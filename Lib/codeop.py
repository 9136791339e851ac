"""Compile Python source typed interactively, telling complete
statements from ones that need more lines.

compile_command(source) returns a code object if source is a complete
statement, None if it is the beginning of one (more input is needed),
and raises SyntaxError, OverflowError or ValueError if it can never be
valid. Compile and CommandCompiler do the same while remembering the
__future__ statements already compiled, as an interactive session does.
"""

import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# Keeps the parser from closing open blocks at the end of the input, so
# "if x:\n  y" stays incomplete instead of compiling.
PyCF_DONT_IMPLY_DEDENT = 0x200

_features = [getattr(__future__, name)
             for name in __future__.all_feature_names]


def _is_blank(source):
    # Only blank lines and comments?
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            return False
    return True

def _maybe_compile(compiler, source, filename, symbol):
    if _is_blank(source) and symbol != "eval":
        source = "pass"     # a statement that does nothing
    # Try the source as is, then followed by one and by two newlines. If
    # it only fails as is, more lines may complete it. If the attempts
    # with one and two newlines fail the same way, adding lines will not
    # help: that is a real error. If they fail differently, the error
    # moved with the end of input, so the statement is incomplete.
    errors = []
    for suffix in ("", "\n", "\n\n"):
        try:
            code = compiler(source + suffix, filename, symbol)
        except SyntaxError, err:
            errors.append(err)
            continue
        if suffix == "":
            return code
        return None
    err1, err2 = errors[1], errors[2]
    if repr(err1) == repr(err2):
        raise err1
    return None

def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)

def compile_command(source, filename="<input>", symbol="single"):
    """Compile source (one or more lines) as typed interactively.

    symbol is "single" (the default), "exec" or "eval". Returns a code
    object for a complete command, None for an incomplete one; raises
    SyntaxError (or OverflowError/ValueError for bad literals) when the
    command is invalid.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like the built-in compile(), but statements compiled later see the
    __future__ imports of those compiled before."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol):
        codeob = compile(source, filename, symbol, self.flags, 1)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags = self.flags | feature.compiler_flag
        return codeob


class CommandCompiler:
    """Like compile_command(), but remembering __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
