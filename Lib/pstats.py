"""Reports over profiler statistics (from profile, cProfile or saved files).

    import pstats
    p = pstats.Stats('restats')
    p.strip_dirs().sort_stats('cumulative').print_stats(10)
"""

import sys
import os
import time
import marshal
import re

__all__ = ["Stats"]


def _f8(x):
    return "%8.3f" % x


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        # built-ins recorded by cProfile
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def _caller_counts(value):
    """Return (nc, cc, tt, ct) for a callers entry (int or 4-tuple)."""
    if isinstance(value, tuple):
        return value
    return value, value, 0.0, 0.0


def add_callers(target, source):
    """Merge the callers dictionary source into a copy of target."""
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            old = merged[func]
            if isinstance(value, tuple):
                old = _caller_counts(old)
                merged[func] = tuple([a + b for a, b in zip(old, value)])
            else:
                merged[func] = old + value
        else:
            merged[func] = value
    return merged


def count_calls(callers):
    total = 0
    for value in callers.values():
        total += _caller_counts(value)[0]
    return total


def add_func_stats(target, source):
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct,
            add_callers(t_callers, callers))


class Stats:
    """Holds merged profile statistics and prints reports from them.

    Stats(arg, ...) accepts file names written by Profile.dump_stats() and
    profiler objects; further sources can be merged with add().  Reports go
    to sys.stdout, or to the stream given with the keyword argument stream.
    """

    # key -> (tuple of (column, direction), description)
    sort_arg_dict_default = {
        "calls":      (((1, -1),), "call count"),
        "cumulative": (((3, -1),), "cumulative time"),
        "file":       (((4, 1),), "file name"),
        "line":       (((5, 1),), "line number"),
        "module":     (((4, 1),), "file name"),
        "name":       (((6, 1),), "function name"),
        "nfl":        (((6, 1), (4, 1), (5, 1)), "name/file/line"),
        "pcalls":     (((0, -1),), "call count"),
        "stdname":    (((7, 1),), "standard name"),
        "time":       (((2, -1),), "internal time"),
    }

    def __init__(self, *args, **kwds):
        self.stream = kwds.pop('stream', None) or sys.stdout
        if kwds:
            raise TypeError("Stats() got an unexpected keyword argument %r"
                            % kwds.keys()[0])
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = {}
        self.stats = {}
        self.sort_arg_dict = {}
        self.sort_type = ""
        if args:
            self.load_stats(args[0])
            self.get_top_level_stats()
            if args[1:]:
                self.add(*args[1:])

    def _emit(self, text):
        self.stream.write(text + '\n')

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, basestring):
            f = open(arg, 'rb')
            try:
                self.stats = marshal.load(f)
            finally:
                f.close()
            try:
                stamp = time.ctime(os.stat(arg).st_mtime) + "    "
            except (OSError, ValueError):
                stamp = ""
            self.files = [stamp + arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        elif hasattr(arg, 'stats') and isinstance(arg.stats, dict):
            self.stats = arg.stats
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level[func] = None
            if len(func_std_string(func)) > self.max_name_len:
                self.max_name_len = len(func_std_string(func))

    def add(self, *arg_list):
        """Merge more statistics (file names, profilers or Stats) into self."""
        if not arg_list:
            return self
        for item in arg_list:
            if not isinstance(item, Stats):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level[func] = None
            if self.max_name_len < item.max_name_len:
                self.max_name_len = item.max_name_len
            self.fcn_list = None
            for func, stat in item.stats.items():
                if func in self.stats:
                    old = self.stats[func]
                else:
                    old = (0, 0, 0, 0, {})
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        """Write the statistics to filename in the profiler's format."""
        f = open(filename, 'wb')
        try:
            marshal.dump(self.stats, f)
        finally:
            f.close()

    # --- sorting ----------------------------------------------------------

    def get_sort_arg_defs(self):
        """Map every unambiguous prefix of a sort key to its definition."""
        if not self.sort_arg_dict:
            table = {}
            clashes = {}
            for word in self.sort_arg_dict_default:
                for n in range(1, len(word) + 1):
                    prefix = word[:n]
                    if prefix in table and prefix != word:
                        clashes[prefix] = None
                    elif prefix not in table or prefix == word:
                        table[prefix] = self.sort_arg_dict_default[word]
            for prefix in clashes:
                if prefix not in self.sort_arg_dict_default:
                    del table[prefix]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        """Sort the report by the given keys ('time', 'cumulative', ...).

        A single integer selects the old style: -1 stdname, 0 calls,
        1 time, 2 cumulative.
        """
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], (int, long)):
            field = [{-1: "stdname", 0: "calls", 1: "time",
                      2: "cumulative"}[field[0]]]
        defs = self.get_sort_arg_defs()
        columns = ()
        names = []
        for word in field:
            columns = columns + defs[word][0]
            names.append(defs[word][1])
        self.sort_type = ", ".join(names)

        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func),
                                                   func))
        rows.sort(lambda a, b: _compare_rows(a, b, columns))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        """Remove directory names from every file name (merging clashes)."""
        stripped = {}
        max_len = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            new_func = func_strip_path(func)
            if len(func_std_string(new_func)) > max_len:
                max_len = len(func_std_string(new_func))
            new_callers = {}
            for caller, value in callers.items():
                new_callers[func_strip_path(caller)] = value
            entry = (cc, nc, tt, ct, new_callers)
            if new_func in stripped:
                stripped[new_func] = add_func_stats(stripped[new_func], entry)
            else:
                stripped[new_func] = entry
        old_top = self.top_level
        self.top_level = {}
        for func in old_top:
            self.top_level[func_strip_path(func)] = None
        self.max_name_len = max_len
        self.stats = stripped
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees is not None:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    # --- selection --------------------------------------------------------

    def eval_print_amount(self, sel, list, msg):
        new_list = list
        if isinstance(sel, basestring):
            pattern = re.compile(sel)
            new_list = [func for func in list
                        if pattern.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new_list = list[:count]
            elif isinstance(sel, (int, long)) and 0 <= sel < count:
                new_list = list[:sel]
        if len(list) != len(new_list):
            msg = msg + "   List reduced from %r to %r due to restriction " \
                        "<%r>\n" % (len(list), len(new_list), sel)
        return new_list, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            list = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            list = self.stats.keys()
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            list, msg = self.eval_print_amount(sel, list, msg)
        count = len(list)
        if not list:
            return 0, list
        self.stream.write(msg + '\n')
        if count < len(self.stats):
            width = 0
            for func in list:
                if len(func_std_string(func)) > width:
                    width = len(func_std_string(func))
        return width + 2, list

    # --- reports ----------------------------------------------------------

    def print_stats(self, *amount):
        """Print the statistics; amount restricts the lines shown.

        Each restriction is an int (line count), a float in [0, 1) (a
        fraction) or a string (a regular expression over the names).
        """
        for filename in self.files:
            self._emit(filename)
        if self.files:
            self._emit("")
        indent = ' ' * 8
        for func in self.top_level:
            self._emit(indent + " " + func_get_function_name(func))
        line = indent + " " + "%d function calls" % self.total_calls
        if self.total_calls != self.prim_calls:
            line += " (%d primitive calls)" % self.prim_calls
        line += " in %.3f CPU seconds" % self.total_tt
        self._emit(line)
        self._emit("")
        width, list = self.get_print_list(amount)
        if list:
            self.print_title()
            for func in list:
                self.print_line(func)
            self._emit("")
            self._emit("")
        return self

    def print_callees(self, *amount):
        width, list = self.get_print_list(amount)
        if list:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in list:
                self.print_call_line(width, func,
                                     self.all_callees.get(func, {}))
            self._emit("")
            self._emit("")
        return self

    def print_callers(self, *amount):
        width, list = self.get_print_list(amount)
        if list:
            self.print_call_heading(width, "was called by...")
            for func in list:
                cc, nc, tt, ct, callers = self.stats[func]
                self.print_call_line(width, func, callers, "<-")
            self._emit("")
            self._emit("")
        return self

    def print_call_heading(self, name_size, column_title):
        self._emit("Function ".ljust(name_size) + column_title)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        head = func_std_string(source).ljust(name_size) + arrow
        if not call_dict:
            self._emit(head)
            return
        names = call_dict.keys()
        names.sort()
        pad = ""
        for func in names:
            value = call_dict[func]
            name = func_std_string(func)
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                if nc != cc:
                    count = "%d/%d" % (nc, cc)
                else:
                    count = "%d" % nc
                text = "%s %s %s  %s" % (count.rjust(8), _f8(tt), _f8(ct),
                                          name)
            else:
                text = "%s(%r) %s" % (name, value,
                                      _f8(self.stats[func][3])
                                      if func in self.stats else "")
            if pad:
                self._emit(pad + text)
            else:
                self._emit(head + " " + text)
                pad = " " * (len(head) + 1)

    def print_title(self):
        self.stream.write('   ncalls  tottime  percall  cumtime  percall ')
        self._emit('filename:lineno(function)')

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        count = str(nc)
        if nc != cc:
            count = count + '/' + str(cc)
        parts = [count.rjust(9), _f8(tt)]
        if nc == 0:
            parts.append(' ' * 8)
        else:
            parts.append(_f8(float(tt) / nc))
        parts.append(_f8(ct))
        if cc == 0:
            parts.append(' ' * 8)
        else:
            parts.append(_f8(float(ct) / cc))
        parts.append(func_std_string(func))
        self._emit(' '.join(parts))


def _compare_rows(a, b, columns):
    for index, direction in columns:
        result = cmp(a[index], b[index])
        if result:
            return direction * result
    return 0
