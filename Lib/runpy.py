"""Locate a module through the import machinery and run it as a script.

This is what `python -m module` uses (PEP 338).
"""

import sys
import imp

try:
    from pkgutil import get_loader
except ImportError:
    get_loader = None

__all__ = ["run_module"]


def _exec_code(code, globals_dict, init_globals, mod_name, filename, loader):
    """Fill globals_dict, run code in it and return it."""
    if init_globals is not None:
        globals_dict.update(init_globals)
    globals_dict['__name__'] = mod_name
    globals_dict['__file__'] = filename
    globals_dict['__loader__'] = loader
    exec code in globals_dict
    return globals_dict


def _exec_with_sys_changes(code, init_globals, mod_name, filename, loader):
    """Run code in a fresh module installed as sys.modules[mod_name].

    sys.argv[0] becomes the module's file name for the duration of the run;
    both changes are undone afterwards, and a copy of the module's globals
    is returned (the module itself may be destroyed when it is removed).
    """
    temp_module = imp.new_module(mod_name)
    namespace = temp_module.__dict__
    previous_argv0 = sys.argv[0]
    had_module = mod_name in sys.modules
    previous_module = sys.modules.get(mod_name)
    sys.argv[0] = filename
    sys.modules[mod_name] = temp_module
    try:
        _exec_code(code, namespace, init_globals, mod_name, filename, loader)
    finally:
        sys.argv[0] = previous_argv0
        if had_module:
            sys.modules[mod_name] = previous_module
        else:
            del sys.modules[mod_name]
    return namespace.copy()


def _filename_of(loader, mod_name):
    for attr in ("get_filename", "_get_filename"):
        method = getattr(loader, attr, None)
        if method is not None:
            return method(mod_name)
    return None


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; return its globals.

    init_globals pre-populates the namespace; run_name (default mod_name)
    becomes __name__.  With alter_sys true, sys.argv[0] and
    sys.modules[run_name] refer to the running module while it executes.
    """
    if get_loader is None:
        raise ImportError("runpy needs the pkgutil module")
    loader = get_loader(mod_name)
    if loader is None:
        raise ImportError("No module named " + mod_name)
    code = loader.get_code(mod_name)
    if code is None:
        raise ImportError("No code object available for " + mod_name)
    filename = _filename_of(loader, mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _exec_with_sys_changes(code, init_globals, run_name,
                                      filename, loader)
    return _exec_code(code, {}, init_globals, run_name, filename, loader)
