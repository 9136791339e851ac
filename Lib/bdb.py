"""Generic debugger base class, built on sys.settrace.

Bdb keeps the stepping state and the breakpoints; a concrete debugger
(pdb is one) subclasses it and implements user_call, user_line,
user_return and user_exception to interact with the user.
"""

import sys
import os
import types

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]


class BdbQuit(Exception):
    """Raised to abandon the debugged program (the 'quit' command)."""


class Bdb:
    """The base debugger: dispatches trace events, stepping, breakpoints."""

    def __init__(self):
        self.breaks = {}
        self.fncache = {}

    def canonic(self, filename):
        """Return an absolute, normalised form of a file name.

        Names like '<string>' are returned unchanged.
        """
        if filename == "<" + filename[1:-1] + ">":
            return filename
        known = self.fncache.get(filename)
        if known is None:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # --- event dispatch --------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        if self.quitting:
            return None
        handler = getattr(self, 'dispatch_' + event, None)
        if handler is None:
            # c_call and friends, or an unknown event
            return self.trace_dispatch
        return handler(frame, arg)

    def dispatch_line(self, frame, arg=None):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # the first frame seen is the bottom of the debugged stack
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            self.user_return(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    # --- decisions ---------------------------------------------------------

    def stop_here(self, frame):
        if frame is self.stopframe:
            return True
        while frame is not None and frame is not self.stopframe:
            if frame is self.botframe:
                return True
            frame = frame.f_back
        return False

    def break_here(self, frame):
        filename = self.canonic(frame.f_code.co_filename)
        if filename not in self.breaks:
            return False
        lineno = frame.f_lineno
        if lineno not in self.breaks[filename]:
            # a breakpoint set on the 'def' line of the function
            lineno = frame.f_code.co_firstlineno
            if lineno not in self.breaks[filename]:
                return False
        bp, flag = effective(filename, lineno, frame)
        if bp:
            self.currentbp = bp.number
            if flag and bp.temporary:
                self.do_clear(str(bp.number))
            return True
        return False

    def do_clear(self, arg):
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # --- hooks for subclasses ------------------------------------------

    def user_call(self, frame, argument_list):
        """Called when there may be a reason to stop in a new function."""
        pass

    def user_line(self, frame):
        """Called when we stop or break at this line."""
        pass

    def user_return(self, frame, return_value):
        """Called when a return trap is set here."""
        pass

    def user_exception(self, frame, exc_info):
        """Called when an exception occurs and we stop here."""
        pass

    # --- stepping ------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe):
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = 0

    def set_step(self):
        """Stop after one line of code."""
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop on the next line in or below the given frame."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when returning from the given frame."""
        self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging from frame (default: the caller's frame)."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame is not None:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run until a breakpoint; stop tracing when there is none."""
        self._set_stopinfo(self.botframe, None)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame is not None:
                del frame.f_trace
                if frame is self.botframe:
                    break
                frame = frame.f_back

    def set_quit(self):
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = 1
        sys.settrace(None)

    # --- breakpoints ---------------------------------------------------
    # These return an error message string, or None on success.

    def set_break(self, filename, lineno, temporary=0, cond=None,
                  funcname=None):
        filename = self.canonic(filename)
        import linecache
        line = linecache.getline(filename, lineno)
        if not line:
            return 'Line %s:%d does not exist' % (filename, lineno)
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def clear_break(self, filename, lineno):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in Breakpoint.bplist[filename, lineno][:]:
            bp.deleteMe()
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]
        return None

    def clear_bpbynumber(self, arg):
        try:
            number = int(arg)
        except ValueError:
            return 'Non-numeric breakpoint number (%s)' % arg
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            return 'Breakpoint number (%d) out of range' % number
        if not bp:
            return 'Breakpoint (%d) already deleted' % number
        return self.clear_break(bp.file, bp.line)

    def clear_all_file_breaks(self, filename):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks[filename]:
            for bp in Breakpoint.bplist[filename, line][:]:
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_break(self, filename, lineno):
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        filename = self.canonic(filename)
        if self.get_break(filename, lineno):
            return Breakpoint.bplist[filename, lineno]
        return []

    def get_file_breaks(self, filename):
        filename = self.canonic(filename)
        return self.breaks.get(filename, [])

    def get_all_breaks(self):
        return self.breaks

    # --- stack inspection ----------------------------------------------

    def get_stack(self, f, t):
        """Return ([(frame, lineno), ...], index of the current entry).

        The list runs from the bottom frame to f, followed by the frames
        of traceback t.
        """
        stack = []
        if t is not None and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        index = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = max(0, len(stack) - 1)
        return stack, index

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        import linecache
        import repr as repr_module
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        text = '%s(%r)' % (filename, lineno)
        if frame.f_code.co_name:
            text = text + frame.f_code.co_name
        else:
            text = text + "<lambda>"
        if '__args__' in frame.f_locals:
            args = frame.f_locals['__args__']
        else:
            args = None
        if args:
            text = text + repr_module.repr(args)
        else:
            text = text + '()'
        if '__return__' in frame.f_locals:
            text = text + '->' + repr_module.repr(frame.f_locals['__return__'])
        line = linecache.getline(filename, lineno)
        if line:
            text = text + lprefix + line.strip()
        return text

    # --- running code under the debugger -----------------------------

    def run(self, cmd, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        if not isinstance(cmd, types.CodeType):
            cmd = cmd + '\n'
        try:
            try:
                exec cmd in globals, locals
            except BdbQuit:
                pass
        finally:
            self.quitting = 1
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        if not isinstance(expr, types.CodeType):
            expr = expr + '\n'
        try:
            try:
                return eval(expr, globals, locals)
            except BdbQuit:
                pass
        finally:
            self.quitting = 1
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, *args, **kwds):
        self.reset()
        sys.settrace(self.trace_dispatch)
        result = None
        try:
            try:
                result = func(*args, **kwds)
            except BdbQuit:
                pass
        finally:
            self.quitting = 1
            sys.settrace(None)
        return result


def set_trace():
    Bdb().set_trace()


class Breakpoint:
    """One breakpoint: a file and line, optionally temporary, conditional,
    or restricted to a function, with an ignore count and a hit count.

    Breakpoints are numbered from 1; Breakpoint.bpbynumber indexes them by
    number and Breakpoint.bplist maps (file, line) to the list of
    breakpoints there.
    """

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=0, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = 1
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next = Breakpoint.next + 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    def deleteMe(self):
        key = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[key].remove(self)
        if not self.bplist[key]:
            del self.bplist[key]

    def enable(self):
        self.enabled = 1

    def disable(self):
        self.enabled = 0

    def bpprint(self, out=None):
        if out is None:
            out = sys.stdout
        if self.temporary:
            disp = 'del  '
        else:
            disp = 'keep '
        if self.enabled:
            disp = disp + 'yes  '
        else:
            disp = disp + 'no   '
        print >>out, '%-4dbreakpoint   %s at %s:%d' % (self.number, disp,
                                                       self.file, self.line)
        if self.cond:
            print >>out, '\tstop only if %s' % (self.cond,)
        if self.ignore:
            print >>out, '\tignore next %d hits' % (self.ignore,)
        if self.hits:
            if self.hits > 1:
                plural = 's'
            else:
                plural = ''
            print >>out, '\tbreakpoint already hit %d time%s' % (self.hits,
                                                                 plural)


def checkfuncname(b, frame):
    """Whether breakpoint b (set on a function name) applies in frame."""
    if not b.funcname:
        # a line breakpoint: the line must match
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    # stop only at the first line executed inside the function
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """Return (breakpoint, delete_temporary) for the breakpoint to honour
    at file:line in frame, or (None, None)."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled:
            continue
        if not checkfuncname(b, frame):
            continue
        b.hits = b.hits + 1
        if not b.cond:
            if b.ignore > 0:
                b.ignore = b.ignore - 1
                continue
            return b, 1
        try:
            value = eval(b.cond, frame.f_globals, frame.f_locals)
        except:
            # an error in the condition: stop, but keep the breakpoint
            return b, 0
        if value:
            if b.ignore > 0:
                b.ignore = b.ignore - 1
            else:
                return b, 1
    return None, None
