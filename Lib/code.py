"""Read-eval-print loops in Python: the pieces the interactive
interpreter is made of, for programs that want one of their own.

InteractiveInterpreter compiles and runs source, reporting errors the way
the interpreter does; InteractiveConsole adds the line buffering and
prompts of an interactive session; interact() runs one.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


def softspace(file, newvalue):
    """Set file.softspace to newvalue and return its old value (0 if the
    file has none or refuses the attribute)."""
    try:
        oldvalue = file.softspace
    except AttributeError:
        oldvalue = 0
    try:
        file.softspace = newvalue
    except (AttributeError, TypeError):
        pass
    return oldvalue


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, reporting syntax errors
    and exceptions on stderr (through write())."""

    def __init__(self, locals=None):
        """locals is the namespace code runs in; by default a new dict
        with __name__ '__console__' and __doc__ None."""
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source. Returns True if source is incomplete
        (the caller should read more lines and try again), else False
        (after running it, or after reporting a syntax error)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object; exceptions other than SystemExit are
        reported with showtraceback()."""
        try:
            exec code in self.locals
        except SystemExit:
            raise
        except:
            self.showtraceback()
        else:
            if softspace(sys.stdout, 0):
                print

    def _remember(self, ty, value, tb):
        # As the real interpreter does, keep the last error in sys.
        try:
            sys.last_type = ty
            sys.last_value = value
            sys.last_traceback = tb
        except (AttributeError, TypeError):
            pass

    def showsyntaxerror(self, filename=None):
        """Report the syntax error just raised. With filename, it
        replaces the file name in the message (the compiler was given a
        placeholder)."""
        ty, value, tb = sys.exc_info()
        self._remember(ty, value, tb)
        if filename and ty is SyntaxError:
            try:
                msg, (dummy, lineno, offset, line) = value
            except (TypeError, ValueError):
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                self._remember(ty, value, tb)
        self.write(''.join(traceback.format_exception_only(ty, value)))

    def showtraceback(self):
        """Report the exception just raised, leaving out the frame of
        runcode itself."""
        ty, value, tb = sys.exc_info()
        self._remember(ty, value, tb)
        try:
            entries = traceback.extract_tb(tb)[1:]
            lines = traceback.format_list(entries)
            if lines:
                lines.insert(0, "Traceback (most recent call last):\n")
            lines.extend(traceback.format_exception_only(ty, value))
        finally:
            tb = None
        self.write(''.join(lines))

    def write(self, data):
        """Write error output; sys.stderr by default."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interactive session: prompts, reads lines, buffers them until
    they make a complete statement, and runs it."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished statement."""
        self.buffer = []

    def interact(self, banner=None):
        """Run the session until end of input. banner is printed first
        (by default one like the interpreter's)."""
        ps1 = getattr(sys, "ps1", None)
        if ps1 is None:
            ps1 = ">>> "
        ps2 = getattr(sys, "ps2", None)
        if ps2 is None:
            ps2 = "... "
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" '
                'for more information.',
                self.__class__.__name__))
        else:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                if more:
                    prompt = ps2
                else:
                    prompt = ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False

    def push(self, line):
        """Add a line (without its newline) to the statement being typed
        and try to run it. Returns True if more lines are needed."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read one line, without its newline; EOFError at the end.
        Uses the built-in raw_input(); override to read elsewhere."""
        return raw_input(prompt)


def interact(banner=None, readfunc=None, local=None):
    """Run an InteractiveConsole on the namespace local, reading lines
    with readfunc (default: raw_input, with line editing if the readline
    module can be imported)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner)


if __name__ == '__main__':
    interact()
