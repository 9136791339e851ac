"""The threading API for platforms without threads, built on
dummy_thread: threads run to completion when started.

Import it as `import dummy_threading as threading`."""

import sys as _sys
import dummy_thread as _dummy_thread

# Load a fresh copy of threading.py with dummy_thread standing in for
# thread, without disturbing an already imported real threading module.
_saved = {}
for _name in ('thread', 'threading', '_threading_local'):
    if _name in _sys.modules:
        _saved[_name] = _sys.modules.pop(_name)
try:
    _sys.modules['thread'] = _dummy_thread
    import threading as _dummy_copy
    from threading import *
    from threading import _get_ident, _sleep, _time
finally:
    for _name in ('thread', 'threading', '_threading_local'):
        _sys.modules.pop(_name, None)
    _sys.modules.update(_saved)
    del _name, _saved

__all__ = _dummy_copy.__all__
