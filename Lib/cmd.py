"""A framework for line-oriented command interpreters.

Subclass Cmd and define do_<name>(self, arg) methods; a line "name rest"
calls do_name("rest"). help_<name>() methods or docstrings of the do_
methods provide the text of the built-in "help" command. A do_ method
returning a true value ends cmdloop().

Special lines: "?" is "help", "!" is "shell" (when do_shell exists); an
empty line repeats the last command (see emptyline()); a command with no
do_ method goes to default(); end of input is the command "EOF".
"""

import string

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """Command interpreter base class. See the module documentation."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """completekey names the readline key for completion; stdin and
        stdout default to sys.stdin and sys.stdout. With a stdin given,
        set use_rawinput to False to read from it."""
        import sys
        if stdin is not None:
            self.stdin = stdin
        else:
            self.stdin = sys.stdin
        if stdout is not None:
            self.stdout = stdout
        else:
            self.stdout = sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Read and run commands until one returns a true value. intro,
        if given, replaces self.intro as the text printed first."""
        self.preloop()
        old_completer = None
        readline = None
        if self.use_rawinput and self.completekey:
            try:
                import readline
                old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ": complete")
            except ImportError:
                readline = None
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                if self.cmdqueue:
                    line = self.cmdqueue.pop(0)
                elif self.use_rawinput:
                    try:
                        line = raw_input(self.prompt)
                    except EOFError:
                        line = 'EOF'
                else:
                    self.stdout.write(self.prompt)
                    self.stdout.flush()
                    line = self.stdin.readline()
                    if not len(line):
                        line = 'EOF'
                    elif line[-1:] == '\n':
                        line = line[:-1]
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if readline is not None:
                readline.set_completer(old_completer)

    def precmd(self, line):
        """Hook run on each line before it is interpreted; returns the
        line to interpret."""
        return line

    def postcmd(self, stop, line):
        """Hook run after each command; returns the stop flag."""
        return stop

    def preloop(self):
        """Hook run once when cmdloop() starts."""
        pass

    def postloop(self):
        """Hook run once when cmdloop() is about to return."""
        pass

    def parseline(self, line):
        """Split line into (command, argument, line). The command is the
        leading run of identchars; '?' and '!' are expanded. command and
        argument are None when the line has no command."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if hasattr(self, 'do_shell'):
                line = 'shell ' + line[1:]
            else:
                return None, None, line
        i = 0
        n = len(line)
        while i < n and line[i] in self.identchars:
            i = i + 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Interpret one line as if typed at the prompt; returns the
        command's result (true to stop the loop)."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """Called for an empty line: repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command is unknown."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion (used through readline, when it is available)

    def completedefault(self, *ignored):
        """Completion for commands without a complete_ method."""
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names()
                if name.startswith(prefix)]

    def complete(self, text, state):
        """readline completer: the state-th completion of text."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            stripped = len(whole) - len(whole.lstrip())
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            line = whole.lstrip()
            if begidx > 0:
                cmd, args, foo = self.parseline(line)
                if cmd == '':
                    compfunc = self.completedefault
                else:
                    compfunc = getattr(self, 'complete_' + cmd,
                                       self.completedefault)
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """The attribute names of the class (do_ and help_ are found
        among them)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        return self.completenames(*args)

    def do_help(self, arg):
        """With an argument, the help for that command; without, the list
        of commands and help topics."""
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                    if doc:
                        self.stdout.write("%s\n" % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        topics = {}
        for name in names:
            if name[:5] == 'help_':
                topics[name[5:]] = 1
        names.sort()
        documented = []
        undocumented = []
        for name in names:
            if name[:3] != 'do_':
                continue
            cmd = name[3:]
            if cmd in topics:
                documented.append(cmd)
                del topics[cmd]
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        misc = topics.keys()
        misc.sort()
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, misc, 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write a list of strings as compact columns (filled down, then
        across), each separated by two spaces, no wider than
        displaywidth."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError, ("list[i] not a string for i in %s" %
                              ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        # Fewest rows whose columns fit in the width.
        layout = None
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                column = list[col * nrows:(col + 1) * nrows]
                width = max([len(x) for x in column])
                widths.append(width)
                total = total + width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                layout = nrows, ncols, widths
                break
        if layout is None:
            layout = size, 1, [0]
        nrows, ncols, widths = layout
        for row in range(nrows):
            texts = []
            for col in range(ncols):
                i = row + nrows * col
                if i < size:
                    texts.append(list[i])
                else:
                    texts.append("")
            while texts and not texts[-1]:
                del texts[-1]
            for col in range(len(texts)):
                texts[col] = texts[col].ljust(widths[col])
            self.stdout.write("%s\n" % str("  ".join(texts)))
