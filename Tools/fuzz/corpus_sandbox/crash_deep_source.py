for n in (100, 1000, 100000):
    try:
        eval('(' * n + '1' + ')' * n)
    except (SyntaxError, MemoryError, RuntimeError):
        pass
    try:
        eval('[' * n + ']' * n)
    except (SyntaxError, MemoryError, RuntimeError):
        pass
    try:
        compile('if 1:\n' + ''.join([' ' * i + 'if 1:\n' for i in range(1, n)]) + ' ' * n + 'pass\n', 's', 'exec')
    except (SyntaxError, MemoryError, RuntimeError):
        pass
    try:
        eval('-' * n + '1')
    except (SyntaxError, MemoryError, RuntimeError):
        pass
    try:
        eval('not ' * n + '1')
    except (SyntaxError, MemoryError, RuntimeError):
        pass
