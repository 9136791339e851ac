"""Keywords of the language: iskeyword(s) and kwlist."""

__all__ = ["iskeyword", "kwlist"]

kwlist = [
    'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif',
    'else', 'except', 'exec', 'finally', 'for', 'from', 'global', 'if',
    'import', 'in', 'is', 'lambda', 'not', 'or', 'pass', 'print', 'raise',
    'return', 'try', 'while', 'with', 'yield',
]

iskeyword = frozenset(kwlist).__contains__
