# Tests for the json package (the Python 2.6 API).
import unittest
from test import test_support
import json
from StringIO import StringIO


class EncodeTest(unittest.TestCase):

    def test_basic(self):
        self.assertEqual(json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}]),
                         '["foo", {"bar": ["baz", null, 1.0, 2]}]')
        self.assertEqual(json.dumps(True), 'true')
        self.assertEqual(json.dumps(None), 'null')
        self.assertEqual(json.dumps(10L ** 20), '100000000000000000000')
        self.assertEqual(json.dumps('a"b\\c\n'), '"a\\"b\\\\c\\n"')
        self.assertEqual(json.dumps(u'\u20ac\x01'), '"\\u20ac\\u0001"')
        self.assertEqual(json.dumps(u'\U0001d11e'), '"\\ud834\\udd1e"')
        self.assertEqual(json.dumps(u'\u20ac', ensure_ascii=False), u'"\u20ac"')
        self.assertEqual(json.dumps('\xe2\x82\xac'), '"\\u20ac"')

    def test_options(self):
        self.assertEqual(json.dumps({"c": 0, "b": 0, "a": 0}, sort_keys=True),
                         '{"a": 0, "b": 0, "c": 0}')
        self.assertEqual(json.dumps({'a': [1, 2]}, separators=(',', ':')),
                         '{"a":[1,2]}')
        self.assertEqual(json.dumps([1, [2]], indent=2),
                         '[\n  1, \n  [\n    2\n  ]\n]')
        self.assertEqual(json.dumps([], indent=2), '[]')
        self.assertEqual(json.dumps({1: 2, 2.5: 3, None: 4, False: 5}, sort_keys=True),
                         '{"null": 4, "false": 5, "1": 2, "2.5": 3}')
        self.assertEqual(json.dumps({(1,): 2}, skipkeys=True), '{}')
        self.assertRaises(TypeError, json.dumps, {(1,): 2})

    def test_special_floats(self):
        inf = float('1e500')
        self.assertEqual(json.dumps([inf, -inf]), '[Infinity, -Infinity]')
        self.assertRaises(ValueError, json.dumps, inf, allow_nan=False)

    def test_default_and_circular(self):
        self.assertEqual(json.dumps(set([1]), default=list), '[1]')
        self.assertRaises(TypeError, json.dumps, object())
        l = []
        l.append(l)
        self.assertRaises(ValueError, json.dumps, l)
        d = {}
        d['x'] = d
        self.assertRaises(ValueError, json.dumps, d)

        class SetEncoder(json.JSONEncoder):
            def default(self, o):
                if isinstance(o, set):
                    return sorted(o)
                return json.JSONEncoder.default(self, o)
        self.assertEqual(json.dumps({'s': set([3, 1])}, cls=SetEncoder),
                         '{"s": [1, 3]}')

    def test_dump(self):
        f = StringIO()
        json.dump({'a': [1, 2.5]}, f)
        self.assertEqual(f.getvalue(), '{"a": [1, 2.5]}')
        self.assertEqual(''.join(json.JSONEncoder().iterencode([1, 2])), '[1, 2]')


class DecodeTest(unittest.TestCase):

    def test_basic(self):
        self.assertEqual(json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]'),
                         [u'foo', {u'bar': [u'baz', None, 1.0, 2]}])
        self.assertEqual(json.loads(' [true, false, null] '), [True, False, None])
        self.assertEqual(json.loads('-12'), -12)
        self.assertEqual(json.loads('1.5e2'), 150.0)
        self.assertEqual(type(json.loads('"x"')), unicode)
        self.assertEqual(json.loads('"\\u00e9\\n\\/"'), u'\xe9\n/')
        self.assertEqual(json.loads('"\\ud834\\udd1e"'), u'\U0001d11e')
        self.assertEqual(json.loads('"\xc3\xa9"'), u'\xe9')
        self.assertEqual(json.loads('{}'), {})
        self.assertEqual(json.loads('123456789012345678901234567890'),
                         123456789012345678901234567890L)

    def test_hooks(self):
        self.assertEqual(json.loads('{"a": 1}', object_hook=lambda d: d.items()),
                         [(u'a', 1)])
        self.assertEqual(json.loads('[1.5]', parse_float=str), ['1.5'])
        self.assertEqual(json.loads('[7]', parse_int=float), [7.0])
        self.assertEqual(json.loads('[NaN]', parse_constant=lambda s: s), ['NaN'])
        inf = json.loads('[Infinity, -Infinity]')
        self.assert_(inf[0] > 1e308 and inf[1] < -1e308)
        self.assertEqual(json.load(StringIO('[1]')), [1])
        self.assertEqual(json.JSONDecoder().raw_decode('[1] tail'), ([1], 3))

    def test_errors(self):
        for bad in ['', '[1, 2', '{"a" 1}', '{1: 2}', '"abc', '[1] x', 'nul',
                    '"\\x"', '"\\u12"', '[1,]', '"a\nb"']:
            self.assertRaises(ValueError, json.loads, bad)
        try:
            json.loads('{"a" 1}')
        except ValueError, e:
            self.assertEqual(str(e), 'Expecting : delimiter: line 1 column 5 (char 5)')
        try:
            json.loads('[1]\n x')
        except ValueError, e:
            self.assert_(str(e).startswith('Extra data: line 2 column 2 - line 2 column 3 (char 5 - 6)'), str(e))
        self.assertEqual(json.loads('"a\nb"', strict=False), u'a\nb')

    def test_deep_nesting_is_bounded(self):
        self.assertRaises(RuntimeError, json.loads, '[' * 100000 + ']' * 100000)

    def test_roundtrip(self):
        data = {u'list': [1, 2.5, u'x', None, True], u'nested': {u'a': []}}
        self.assertEqual(json.loads(json.dumps(data)), data)
        self.assertEqual(json.loads(json.dumps(data, indent=4)), data)


def test_main():
    test_support.run_unittest(EncodeTest, DecodeTest)

if __name__ == "__main__":
    test_main()
