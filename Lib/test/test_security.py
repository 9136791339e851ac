"""The security suite: every attack script in Lib/test/security/ is run
twice, in this (trusted) interpreter where it must succeed, and in a
sandbox with the default capability table where it must be refused.
See security/README for the protocol."""

import os
import sys
import unittest
import StringIO
from test import test_support

import interpreter

HERE = os.path.dirname(os.path.abspath(__file__))
ATTACK_DIR = os.path.join(HERE, 'security')

HOST_MARKER = '_security_suite_host_marker'
SECRET_TEXT = 'the host secret\n'
SECRET_PATH = test_support.TESTFN + '_secret'
WRITE_PATH = test_support.TESTFN + '_written'

# Things the host binds so that attacks can tell whether they reached it.
globals()[HOST_MARKER] = True
import __builtin__
setattr(__builtin__, HOST_MARKER, True)
HostClass = type(HOST_MARKER, (object,), {'method': lambda self: None})


def attack_names():
    names = [n[:-3] for n in os.listdir(ATTACK_DIR) if n.endswith('.py')]
    names.sort()
    return names


def read_attack(name):
    f = open(os.path.join(ATTACK_DIR, name + '.py'))
    try:
        return f.read()
    finally:
        f.close()


LIB_DIR = os.path.dirname(os.path.dirname(HERE))


def settings(run_id):
    return {'SECRET_PATH': SECRET_PATH, 'SECRET_TEXT': SECRET_TEXT,
            'WRITE_PATH': WRITE_PATH, 'HOST_MARKER': HOST_MARKER,
            'LIB_DIR': LIB_DIR, 'RUN_ID': run_id}


def host_func(x):
    """The host function attacks get as HOST_FUNC (through expose() in a
    sandbox): it hashes its argument and returns itself."""
    try:
        hash(x)
    except TypeError:
        pass
    return host_func


def run_trusted(name):
    """(attack succeeded, host saw the effect or None)."""
    source = read_attack(name)
    ns = {'__name__': 'attack_' + name}
    ns.update(settings('trusted'))
    ns['HOST_FUNC'] = host_func
    ns['HOST_READ'] = ns.pop
    saved_limit = sys.getrecursionlimit()
    saved_modules = dict(sys.modules)
    try:
        try:
            exec compile(source, name + '.py', 'exec') in ns
            ok = bool(ns['attack']())
        finally:
            sys.setrecursionlimit(saved_limit)
        effect = None
        if 'host_effect' in ns:
            effect = bool(ns['host_effect']())
    finally:
        # A trusted run really does what it attempts: undo what it did to
        # this interpreter's modules.
        for key in sys.modules.keys():
            if key not in saved_modules:
                del sys.modules[key]
            elif sys.modules[key] is not saved_modules[key]:
                sys.modules[key] = saved_modules[key]
    return ok, effect


def run_sandboxed(name):
    """(attack succeeded, host saw the effect or None, how it was refused)."""
    source = read_attack(name)
    out = StringIO.StringIO()
    sb = interpreter.Interpreter(stdout=out, stderr=out)
    how = None
    ok = False
    effect = None
    try:
        for key, value in settings('sandbox').items():
            sb.set(key, value)
        sb.expose('HOST_FUNC', host_func)
        try:
            sb.execute(source, name + '.py')
            ok = bool(sb.eval('attack()'))
        except interpreter.SandboxError, e:
            how = '%s: %s' % (e.type_name, e.message)
        if 'def host_effect' in source:
            # The host's view, with the sandbox still alive: the host
            # function definitions come from the same file, run here.
            ns = {'__name__': 'host_check_' + name}
            ns.update(settings('sandbox'))
            ns['HOST_FUNC'] = host_func
            ns['HOST_READ'] = sb.get
            try:
                exec compile(source, name + '.py', 'exec') in ns
            except Exception:
                pass    # e.g. module-level code that only a sandbox would run
            effect = bool(ns['host_effect']())
    finally:
        sb.close()
    return ok, effect, how


class SecuritySuite(unittest.TestCase):

    def setUp(self):
        f = open(SECRET_PATH, 'w')
        f.write(SECRET_TEXT)
        f.close()

    def tearDown(self):
        test_support.unlink(SECRET_PATH)
        test_support.unlink(WRITE_PATH)


def make_test(name):
    def test(self):
        ok, effect = run_trusted(name)
        self.failUnless(ok, "attack %s does not work even in a trusted "
                            "interpreter: it tests nothing" % name)
        if effect is not None:
            self.failUnless(effect, "attack %s has no visible effect even "
                                    "in a trusted interpreter" % name)
        ok, effect, how = run_sandboxed(name)
        if effect is None:
            self.failIf(ok, "SANDBOX BREACH: attack %s succeeded in a sandbox" % name)
        else:
            # What it did inside its own interpreter is its business; what
            # counts is whether the host sees it.
            self.failIf(effect, "SANDBOX BREACH: attack %s affected the host" % name)
    test.__name__ = 'test_' + name
    test.__doc__ = None
    return test

for _name in attack_names():
    setattr(SecuritySuite, 'test_' + _name, make_test(_name))


def test_main():
    test_support.run_unittest(SecuritySuite)


if __name__ == '__main__':
    test_main()
