#! /usr/bin/env python
"""The Python debugger: an interactive command loop over bdb.

    import pdb
    pdb.run('main()')      # debug a statement
    pdb.set_trace()        # break into the debugger here
    pdb.pm()               # post-mortem on sys.last_traceback

Type 'help' at the (Pdb) prompt for the commands.
"""

import sys
import os
import re
import linecache
import cmd
import bdb
from repr import Repr
import pprint

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Raised to restart the debugged program (python -m pdb)."""


_repr_helper = Repr()
_repr_helper.maxstring = 200
_saferepr = _repr_helper.repr

line_prefix = '\n-> '


def find_function(funcname, filename):
    """Return (funcname, filename, lineno) of a 'def funcname' in filename."""
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        f = open(filename)
    except IOError:
        return None
    try:
        lineno = 0
        for line in f:
            lineno += 1
            if pattern.match(line):
                return funcname, filename, lineno
    finally:
        f.close()
    return None


def _exc_name(exc_type):
    if isinstance(exc_type, str):
        return exc_type
    return exc_type.__name__


class Pdb(bdb.Bdb, cmd.Cmd):

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        bdb.Bdb.__init__(self)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if stdout:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = 0
        self._user_requested_quit = 0
        try:
            import readline
        except ImportError:
            pass
        self.rcLines = []
        for rcdir in (os.environ.get('HOME'), os.curdir):
            if not rcdir:
                continue
            rcpath = os.path.join(rcdir, '.pdbrc')
            try:
                f = open(rcpath)
            except IOError:
                continue
            try:
                self.rcLines.extend(f.readlines())
            finally:
                f.close()
        self.commands = {}
        self.commands_doprompt = {}
        self.commands_silent = {}
        self.commands_defining = False
        self.commands_bnum = None

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    def setup(self, f, t):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, t)
        self.curframe = self.stack[self.curindex][0]
        self.execRcLines()

    def execRcLines(self):
        if self.rcLines:
            lines = self.rcLines
            self.rcLines = []
            for line in lines:
                line = line[:-1]
                if line and line[0] != '#':
                    self.onecmd(line)

    # --- bdb hooks ------------------------------------------------------

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            print >>self.stdout, '--Call--'
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            if (self.mainpyfile != self.canonic(frame.f_code.co_filename)
                    or frame.f_lineno <= 0):
                return
            self._wait_for_mainpyfile = 0
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the 'commands' of the breakpoint just hit, if any.

        Returns true when the debugger should still prompt.
        """
        number = getattr(self, 'currentbp', None)
        if number and number in self.commands:
            self.currentbp = None
            self.setup(frame, None)
            for line in self.commands[number]:
                self.onecmd(line)
            if not self.commands_silent[number]:
                self.print_stack_entry(self.stack[self.curindex])
            if self.commands_doprompt[number]:
                self.cmdloop()
            self.forget()
            return False
        return True

    def user_return(self, frame, return_value):
        frame.f_locals['__return__'] = return_value
        print >>self.stdout, '--Return--'
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        exc_type, exc_value, exc_traceback = exc_info
        frame.f_locals['__exception__'] = exc_type, exc_value
        print >>self.stdout, _exc_name(exc_type) + ':', _saferepr(exc_value)
        self.interaction(frame, exc_traceback)

    def interaction(self, frame, traceback):
        self.setup(frame, traceback)
        self.print_stack_entry(self.stack[self.curindex])
        self.cmdloop()
        self.forget()

    # --- command loop plumbing --------------------------------------

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        frame_locals = self.curframe.f_locals
        frame_globals = self.curframe.f_globals
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            saved = sys.stdin, sys.stdout, sys.displayhook
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec code in frame_globals, frame_locals
            finally:
                sys.stdin, sys.stdout, sys.displayhook = saved
        except:
            exc_type, exc_value = sys.exc_info()[:2]
            print >>self.stdout, '***', _exc_name(exc_type) + ':', exc_value

    def displayhook(self, obj):
        if obj is not None:
            print >>self.stdout, repr(obj)

    def precmd(self, line):
        """Expand aliases and split the line at ';;'."""
        if not line.strip():
            return line
        words = line.split()
        while words[0] in self.aliases:
            line = self.aliases[words[0]]
            for i, word in enumerate(words[1:]):
                line = line.replace('%' + str(i + 1), word)
            line = line.replace('%*', ' '.join(words[1:]))
            words = line.split()
        if words[0] != 'alias':
            marker = line.find(';;')
            if marker >= 0:
                rest = line[marker + 2:].lstrip()
                self.cmdqueue.append(rest)
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        if not self.commands_defining:
            return cmd.Cmd.onecmd(self, line)
        return self.handle_command_def(line)

    def handle_command_def(self, line):
        """Store one line of a 'commands' definition; true ends it."""
        command, arg, line = self.parseline(line)
        if command == 'silent':
            self.commands_silent[self.commands_bnum] = True
            return False
        if command == 'end':
            self.cmdqueue = []
            return True
        self.commands[self.commands_bnum].append(line)
        if command in ('c', 'cont', 'continue', 's', 'step', 'n', 'next',
                       'r', 'return', 'q', 'quit', 'j', 'jump'):
            self.commands_doprompt[self.commands_bnum] = False
            self.cmdqueue = []
            return True
        return False

    # --- commands --------------------------------------------------------

    def do_commands(self, arg):
        if not arg:
            bnum = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                bnum = int(arg)
            except ValueError:
                print >>self.stdout, ("Usage: commands [bnum]\n        ...\n"
                                      "        end")
                return
        self.commands_bnum = bnum
        self.commands[bnum] = []
        self.commands_doprompt[bnum] = True
        self.commands_silent[bnum] = False
        saved_prompt = self.prompt
        self.prompt = '(com) '
        self.commands_defining = True
        try:
            self.cmdloop()
        finally:
            self.commands_defining = False
            self.prompt = saved_prompt

    def do_break(self, arg, temporary=0):
        if not arg:
            if self.breaks:
                print >>self.stdout, "Num Type         Disp Enb   Where"
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        bp.bpprint(self.stdout)
            return
        filename = None
        lineno = None
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(':')
        funcname = None
        if colon >= 0:
            filename = arg[:colon].rstrip()
            found = self.lookupmodule(filename)
            if not found:
                print >>self.stdout, '*** ', repr(filename),
                print >>self.stdout, 'not found from sys.path'
                return
            filename = found
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError:
                print >>self.stdout, '*** Bad lineno:', arg
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                try:
                    func = eval(arg, self.curframe.f_globals,
                                self.curframe.f_locals)
                except:
                    func = arg
                try:
                    if hasattr(func, 'im_func'):
                        func = func.im_func
                    code = func.func_code
                    funcname = code.co_name
                    lineno = code.co_firstlineno
                    filename = code.co_filename
                except AttributeError:
                    found = self.lineinfo(arg)
                    if not found[1]:
                        print >>self.stdout, '*** The specified object',
                        print >>self.stdout, repr(arg),
                        print >>self.stdout, 'is not a function'
                        print >>self.stdout, ('or was not found '
                                              'along sys.path.')
                        return
                    funcname = found[0]
                    filename = found[1]
                    lineno = int(found[2])
            if not filename:
                filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if line:
            err = self.set_break(filename, line, temporary, cond, funcname)
            if err:
                print >>self.stdout, '***', err
            else:
                bp = self.get_breaks(filename, line)[-1]
                print >>self.stdout, "Breakpoint %d at %s:%d" % (
                    bp.number, bp.file, bp.line)

    def defaultFile(self):
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    do_b = do_break

    def do_tbreak(self, arg):
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        """Find a function named identifier ('f' or 'module.f')."""
        failed = (None, None, None)
        parts = identifier.split("'")
        if len(parts) == 1:
            name = parts[0].strip()
        elif len(parts) == 3:
            name = parts[1].strip()
        else:
            return failed
        if not name:
            return failed
        pieces = name.split('.')
        if pieces[0] == 'self':
            del pieces[0]
            if not pieces:
                return failed
        filename = self.defaultFile()
        if len(pieces) > 1:
            found = self.lookupmodule(pieces[0])
            if found:
                filename = found
        result = find_function(pieces[-1], filename)
        return result or failed

    def checkline(self, filename, lineno):
        """Return lineno if it holds code, else print why not and 0."""
        line = linecache.getline(filename, lineno)
        if not line:
            print >>self.stdout, 'End of file'
            return 0
        line = line.strip()
        if (not line or line[0] == '#' or line[:3] == '"""'
                or line[:3] == "'''"):
            print >>self.stdout, '*** Blank or comment'
            return 0
        return lineno

    def _breakpoints_from(self, arg):
        result = []
        for word in arg.split():
            try:
                number = int(word)
            except ValueError:
                print >>self.stdout, 'Breakpoint index %r is not a number' \
                    % word
                continue
            if not (0 <= number < len(bdb.Breakpoint.bpbynumber)):
                print >>self.stdout, 'No breakpoint numbered', number
                continue
            bp = bdb.Breakpoint.bpbynumber[number]
            if bp:
                result.append(bp)
        return result

    def do_enable(self, arg):
        for bp in self._breakpoints_from(arg):
            bp.enable()

    def do_disable(self, arg):
        for bp in self._breakpoints_from(arg):
            bp.disable()

    def do_condition(self, arg):
        words = arg.split(' ', 1)
        try:
            number = int(words[0].strip())
        except ValueError:
            print >>self.stdout, 'Breakpoint index %r is not a number' \
                % words[0]
            return
        try:
            cond = words[1]
        except IndexError:
            cond = None
        try:
            bp = bdb.Breakpoint.bpbynumber[number]
        except IndexError:
            print >>self.stdout, 'Breakpoint index %r is not valid' % words[0]
            return
        if bp:
            bp.cond = cond
            if not cond:
                print >>self.stdout, 'Breakpoint', number,
                print >>self.stdout, 'is now unconditional.'

    def do_ignore(self, arg):
        words = arg.split()
        try:
            number = int(words[0].strip())
        except (ValueError, IndexError):
            print >>self.stdout, 'Breakpoint index %r is not a number' \
                % (words and words[0] or '')
            return
        try:
            count = int(words[1].strip())
        except (ValueError, IndexError):
            count = 0
        try:
            bp = bdb.Breakpoint.bpbynumber[number]
        except IndexError:
            print >>self.stdout, 'Breakpoint index %r is not valid' % words[0]
            return
        if bp:
            bp.ignore = count
            if count > 0:
                if count > 1:
                    what = '%d crossings' % count
                else:
                    what = '1 crossing'
                print >>self.stdout, 'Will ignore next %s of breakpoint %d.' \
                    % (what, bp.number)
            else:
                print >>self.stdout, 'Will stop next time breakpoint',
                print >>self.stdout, bp.number, 'is reached.'

    def do_clear(self, arg):
        if not arg:
            try:
                reply = raw_input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            reply = reply.strip().lower()
            if reply in ('y', 'yes'):
                self.clear_all_breaks()
            return
        if ':' in arg:
            colon = arg.rfind(':')
            filename = arg[:colon]
            try:
                lineno = int(arg[colon + 1:])
            except ValueError:
                err = "Invalid line number (%s)" % arg[colon + 1:]
            else:
                err = self.clear_break(filename, lineno)
            if err:
                print >>self.stdout, '***', err
            return
        for word in arg.split():
            err = self.clear_bpbynumber(word)
            if err:
                print >>self.stdout, '***', err
            else:
                print >>self.stdout, 'Deleted breakpoint', word

    do_cl = do_clear

    def do_where(self, arg):
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def do_up(self, arg):
        if self.curindex == 0:
            print >>self.stdout, '*** Oldest frame'
        else:
            self.curindex = self.curindex - 1
            self.curframe = self.stack[self.curindex][0]
            self.print_stack_entry(self.stack[self.curindex])
            self.lineno = None

    do_u = do_up

    def do_down(self, arg):
        if self.curindex + 1 == len(self.stack):
            print >>self.stdout, '*** Newest frame'
        else:
            self.curindex = self.curindex + 1
            self.curframe = self.stack[self.curindex][0]
            self.print_stack_entry(self.stack[self.curindex])
            self.lineno = None

    do_d = do_down

    def do_step(self, arg):
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_return(self, arg):
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        if self.curindex + 1 != len(self.stack):
            print >>self.stdout, ("*** You can only jump within the "
                                  "bottom frame")
            return
        try:
            target = int(arg)
        except ValueError:
            print >>self.stdout, ("*** The 'jump' command requires a line "
                                  "number.")
            return
        try:
            self.curframe.f_lineno = target
            self.stack[self.curindex] = self.stack[self.curindex][0], target
            self.print_stack_entry(self.stack[self.curindex])
        except (ValueError, AttributeError, TypeError), err:
            print >>self.stdout, '*** Jump failed:', err

    do_j = do_jump

    def do_debug(self, arg):
        sys.settrace(None)
        frame_globals = self.curframe.f_globals
        frame_locals = self.curframe.f_locals
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        print >>self.stdout, "ENTERING RECURSIVE DEBUGGER"
        sys.call_tracing(inner.run, (arg, frame_globals, frame_locals)) \
            if hasattr(sys, 'call_tracing') else \
            inner.run(arg, frame_globals, frame_locals)
        print >>self.stdout, "LEAVING RECURSIVE DEBUGGER"
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def do_quit(self, arg):
        self._user_requested_quit = 1
        self.set_quit()
        return 1

    do_q = do_exit = do_quit

    def do_EOF(self, arg):
        print >>self.stdout
        self._user_requested_quit = 1
        self.set_quit()
        return 1

    def do_args(self, arg):
        code = self.curframe.f_code
        values = self.curframe.f_locals
        count = code.co_argcount
        if code.co_flags & 4:
            count = count + 1
        if code.co_flags & 8:
            count = count + 1
        for i in range(count):
            name = code.co_varnames[i]
            print >>self.stdout, name, '=',
            if name in values:
                print >>self.stdout, values[name]
            else:
                print >>self.stdout, "*** undefined ***"

    do_a = do_args

    def do_retval(self, arg):
        if '__return__' in self.curframe.f_locals:
            print >>self.stdout, self.curframe.f_locals['__return__']
        else:
            print >>self.stdout, '*** Not yet returned!'

    do_rv = do_retval

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe.f_locals)
        except:
            exc_type, exc_value = sys.exc_info()[:2]
            print >>self.stdout, '***', _exc_name(exc_type) + ':', \
                repr(exc_value)
            raise

    def do_p(self, arg):
        try:
            print >>self.stdout, repr(self._getval(arg))
        except:
            pass

    def do_pp(self, arg):
        try:
            pprint.pprint(self._getval(arg), self.stdout)
        except:
            pass

    def do_list(self, arg):
        self.lastcmd = 'list'
        last = None
        if arg:
            try:
                value = eval(arg, {}, {})
                if isinstance(value, tuple):
                    first, last = value
                    first = int(first)
                    last = int(last)
                    if last < first:
                        # "list first, count"
                        last = first + last
                else:
                    first = max(1, int(value) - 5)
            except:
                print >>self.stdout, '*** Error in argument:', repr(arg)
                return
        elif self.lineno is None:
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            for lineno in range(first, last + 1):
                line = linecache.getline(filename, lineno)
                if not line:
                    print >>self.stdout, '[EOF]'
                    break
                mark = repr(lineno).rjust(3)
                if len(mark) < 4:
                    mark = mark + ' '
                if lineno in breaklist:
                    mark = mark + 'B'
                else:
                    mark = mark + ' '
                if lineno == self.curframe.f_lineno:
                    mark = mark + '->'
                self.stdout.write(mark + '\t' + line)
                self.lineno = lineno
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_whatis(self, arg):
        try:
            value = eval(arg, self.curframe.f_globals,
                         self.curframe.f_locals)
        except:
            exc_type, exc_value = sys.exc_info()[:2]
            print >>self.stdout, '***', _exc_name(exc_type) + ':', \
                repr(exc_value)
            return
        code = None
        try:
            code = value.func_code
        except AttributeError:
            pass
        if code:
            print >>self.stdout, 'Function', code.co_name
            return
        try:
            code = value.im_func.func_code
        except AttributeError:
            pass
        if code:
            print >>self.stdout, 'Method', code.co_name
            return
        print >>self.stdout, type(value)

    def do_alias(self, arg):
        words = arg.split()
        if not words:
            names = self.aliases.keys()
            names.sort()
            for name in names:
                print >>self.stdout, "%s = %s" % (name, self.aliases[name])
            return
        if words[0] in self.aliases and len(words) == 1:
            print >>self.stdout, "%s = %s" % (words[0],
                                              self.aliases[words[0]])
        else:
            self.aliases[words[0]] = ' '.join(words[1:])

    def do_unalias(self, arg):
        words = arg.split()
        if words and words[0] in self.aliases:
            del self.aliases[words[0]]

    # --- stack printing ----------------------------------------------

    def print_stack_trace(self):
        try:
            for entry in self.stack:
                self.print_stack_entry(entry)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        if frame is self.curframe:
            print >>self.stdout, '>',
        else:
            print >>self.stdout, ' ',
        print >>self.stdout, self.format_stack_entry(frame_lineno,
                                                     prompt_prefix)

    # --- help ------------------------------------------------------------

    def help_help(self):
        self.help_h()

    def help_h(self):
        print >>self.stdout, """h(elp)
Without argument, print the list of available commands.
With a command name as argument, print help about that command."""

    def help_where(self):
        self.help_w()

    def help_w(self):
        print >>self.stdout, """w(here)
Print a stack trace, with the most recent frame at the bottom.
An arrow indicates the "current frame", which determines the
context of most commands.  'bt' is an alias for this command."""

    help_bt = help_w

    def help_down(self):
        self.help_d()

    def help_d(self):
        print >>self.stdout, """d(own)
Move the current frame one level down in the stack trace
(to a newer frame)."""

    def help_up(self):
        self.help_u()

    def help_u(self):
        print >>self.stdout, """u(p)
Move the current frame one level up in the stack trace
(to an older frame)."""

    def help_break(self):
        self.help_b()

    def help_b(self):
        print >>self.stdout, """b(reak) ([file:]lineno | function) [, condition]
With a line number argument, set a break there in the current
file.  With a function name, set a break at the first executable
line of that function.  Without argument, list all breaks.
The optional condition is an expression that must be true for
the breakpoint to be honoured."""

    def help_tbreak(self):
        print >>self.stdout, """tbreak  same arguments as break, but the
breakpoint is removed when first hit."""

    def help_clear(self):
        self.help_cl()

    def help_cl(self):
        print >>self.stdout, """cl(ear) [filename:lineno | bpnumber [bpnumber...]]
With a space separated list of breakpoint numbers, clear those
breakpoints.  Without argument, clear all breaks (after asking
for confirmation).  With a filename:lineno argument, clear all
breaks at that line."""

    def help_enable(self):
        print >>self.stdout, """enable bpnumber [bpnumber ...]
Enable the breakpoints given as a space separated list."""

    def help_disable(self):
        print >>self.stdout, """disable bpnumber [bpnumber ...]
Disable the breakpoints given as a space separated list.
A disabled breakpoint stays in the list and can be re-enabled."""

    def help_ignore(self):
        print >>self.stdout, """ignore bpnumber count
Set the ignore count of a breakpoint: it is not honoured the
next count times it is reached.  A count of 0 makes it active."""

    def help_condition(self):
        print >>self.stdout, """condition bpnumber str_condition
str_condition is evaluated when the breakpoint is reached; the
break only happens if it is true.  Without a condition, the
breakpoint becomes unconditional."""

    def help_step(self):
        self.help_s()

    def help_s(self):
        print >>self.stdout, """s(tep)
Execute the current line, stop at the first possible occasion
(either in a function that is called or in the current function)."""

    def help_next(self):
        self.help_n()

    def help_n(self):
        print >>self.stdout, """n(ext)
Continue execution until the next line in the current function
is reached or it returns."""

    def help_return(self):
        self.help_r()

    def help_r(self):
        print >>self.stdout, """r(eturn)
Continue execution until the current function returns."""

    def help_continue(self):
        self.help_c()

    def help_cont(self):
        self.help_c()

    def help_c(self):
        print >>self.stdout, """c(ont(inue))
Continue execution, only stop when a breakpoint is encountered."""

    def help_jump(self):
        self.help_j()

    def help_j(self):
        print >>self.stdout, """j(ump) lineno
Set the next line that will be executed (bottom frame only)."""

    def help_debug(self):
        print >>self.stdout, """debug code
Enter a recursive debugger that steps through the code argument
(an expression or statement) in the current environment."""

    def help_list(self):
        self.help_l()

    def help_l(self):
        print >>self.stdout, """l(ist) [first [,last]]
List source code for the current file.  Without arguments, list
11 lines around the current line or continue the previous
listing.  With one argument, list 11 lines around that line.
With two arguments, list the given range; if the second is less
than the first, it is a count."""

    def help_args(self):
        self.help_a()

    def help_a(self):
        print >>self.stdout, """a(rgs)
Print the arguments of the current function."""

    def help_p(self):
        print >>self.stdout, """p expression
Print the value of the expression."""

    def help_pp(self):
        print >>self.stdout, """pp expression
Pretty-print the value of the expression."""

    def help_exec(self):
        print >>self.stdout, """(!) statement
Execute the (one-line) statement in the context of the current
stack frame.  The exclamation point can be omitted unless the
first word of the statement is a debugger command."""

    def help_quit(self):
        self.help_q()

    def help_q(self):
        print >>self.stdout, """q(uit) or exit - Quit from the debugger.
The program being executed is aborted."""

    help_exit = help_q

    def help_whatis(self):
        print >>self.stdout, """whatis arg
Print the type of the argument."""

    def help_EOF(self):
        print >>self.stdout, """EOF
Handles the receipt of EOF as a command."""

    def help_alias(self):
        print >>self.stdout, """alias [name [command [parameter parameter ...]]]
Create an alias called name that executes command.  %1, %2 ...
in the command are replaced by the parameters, %* by all of
them.  Without command, show the alias; without arguments, show
all aliases."""

    def help_unalias(self):
        print >>self.stdout, """unalias name
Delete the specified alias."""

    def help_commands(self):
        print >>self.stdout, """commands [bpnumber]
(com) ...
(com) end
Specify debugger commands to run when the breakpoint is hit
(default: the last breakpoint set).  'silent' as the first
command suppresses the usual location message; a command that
resumes execution (continue, step, next, return, jump, quit)
ends the list."""

    def help_pdb(self):
        help()

    # --- file lookup and script running -------------------------------

    def lookupmodule(self, filename):
        """Find filename as given, or along sys.path; None if missing."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        candidate = os.path.join(sys.path[0], filename)
        if os.path.exists(candidate) and \
                self.canonic(candidate) == self.mainpyfile:
            return candidate
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            full = os.path.join(dirname, filename)
            if os.path.exists(full):
                return full
        return None

    def _runscript(self, filename):
        # run the script in a clean __main__ namespace
        self.mainpyfile = self.canonic(filename)
        self._wait_for_mainpyfile = 1
        self._user_requested_quit = 0
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update({"__name__": "__main__",
                                  "__file__": filename,
                                  "__builtins__": __builtins__})
        statement = 'execfile(%r)' % filename
        self.run(statement)


def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace():
    Pdb().set_trace(sys._getframe().f_back)


def post_mortem(t):
    """Debug the innermost frame of traceback t."""
    p = Pdb()
    p.reset()
    while t.tb_next is not None:
        t = t.tb_next
    p.interaction(t.tb_frame, t)


def pm():
    post_mortem(sys.last_traceback)


TESTCMD = 'import x; x.main()'


def test():
    run(TESTCMD)


def help():
    print __doc__.strip()
    print
    p = Pdb()
    for name in ('break', 'step', 'next', 'return', 'continue', 'list',
                 'where', 'p', 'quit'):
        getattr(p, 'help_' + name)()
        print


def main():
    if not sys.argv[1:]:
        print "usage: pdb.py scriptfile [arg] ..."
        sys.exit(2)
    mainpyfile = sys.argv[1]
    if not os.path.exists(mainpyfile):
        print 'Error:', mainpyfile, 'does not exist'
        sys.exit(1)
    del sys.argv[0]
    sys.path[0] = os.path.dirname(mainpyfile)
    debugger = Pdb()
    while 1:
        try:
            debugger._runscript(mainpyfile)
            if debugger._user_requested_quit:
                break
            print "The program finished and will be restarted"
        except SystemExit:
            print "The program exited via sys.exit(). Exit status: ",
            print sys.exc_info()[1]
        except:
            import traceback
            traceback.print_exc()
            print "Uncaught exception. Entering post mortem debugging"
            print "Running 'cont' or 'step' will restart the program"
            t = sys.exc_info()[2]
            while t.tb_next is not None:
                t = t.tb_next
            debugger.interaction(t.tb_frame, t)
            print "Post mortem debugger finished. The " + mainpyfile + \
                  " will be restarted"


if __name__ == '__main__':
    import pdb
    pdb.main()
