"""Tests for webbrowser (which may find no browser here)."""

import unittest
from test import test_support
import webbrowser


class Recorder(webbrowser.BaseBrowser):
    opened = []

    def open(self, url, new=0, autoraise=1):
        self.opened.append((url, new))
        return True


class WebbrowserTests(unittest.TestCase):

    def setUp(self):
        self.saved = (webbrowser._tryorder[:], webbrowser._browsers.copy())

    def tearDown(self):
        webbrowser._tryorder[:] = self.saved[0]
        webbrowser._browsers.clear()
        webbrowser._browsers.update(self.saved[1])

    def test_no_browser(self):
        del webbrowser._tryorder[:]
        self.assertRaises(webbrowser.Error, webbrowser.get)
        self.assertRaises(webbrowser.Error, webbrowser.get,
                          'no-such-browser-program-xyz')
        self.assertEqual(webbrowser.open('http://x/'), False)

    def test_register_and_open(self):
        del webbrowser._tryorder[:]
        Recorder.opened = []
        webbrowser.register('recorder', Recorder)
        b = webbrowser.get('recorder')
        self.assert_(isinstance(b, Recorder))
        self.assert_(webbrowser.open('http://a/'))
        self.assert_(webbrowser.open_new('http://b/'))
        self.assert_(webbrowser.open_new_tab('http://c/'))
        self.assertEqual(Recorder.opened, [('http://a/', 0), ('http://b/', 1),
                                           ('http://c/', 2)])
        instance = Recorder()
        webbrowser.register('first', None, instance, -1)
        self.assertEqual(webbrowser._tryorder[0], 'first')
        self.assert_(webbrowser.get() is instance)

    def test_generic_browser(self):
        b = webbrowser.GenericBrowser(['true', '--url=%s'])
        self.assertEqual(b._command('http://x/'), ['true', '--url=http://x/'])
        self.assertEqual(b.basename, 'true')


def test_main():
    test_support.run_unittest(WebbrowserTests)

if __name__ == '__main__':
    test_main()
