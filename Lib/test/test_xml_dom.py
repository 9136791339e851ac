# The xml.dom package: node-type constants, DOMException hierarchy,
# namespace constants and the implementation registry (2.5 Library
# Reference, section "xml.dom").
import unittest
from test import test_support

import xml.dom
from xml.dom import domreg


class XmlDomTests(unittest.TestCase):
    def test_node_types(self):
        N = xml.dom.Node
        self.assertEqual(N.ELEMENT_NODE, 1)
        self.assertEqual(N.ATTRIBUTE_NODE, 2)
        self.assertEqual(N.TEXT_NODE, 3)
        self.assertEqual(N.COMMENT_NODE, 8)
        self.assertEqual(N.DOCUMENT_NODE, 9)
        self.assertEqual(N.NOTATION_NODE, 12)

    def test_exceptions(self):
        self.assertRaises(RuntimeError, xml.dom.DOMException)
        pairs = [(xml.dom.IndexSizeErr, xml.dom.INDEX_SIZE_ERR, 1),
                 (xml.dom.HierarchyRequestErr, xml.dom.HIERARCHY_REQUEST_ERR, 3),
                 (xml.dom.NotFoundErr, xml.dom.NOT_FOUND_ERR, 8),
                 (xml.dom.NamespaceErr, xml.dom.NAMESPACE_ERR, 14),
                 (xml.dom.ValidationErr, xml.dom.VALIDATION_ERR, 16)]
        for cls, const, value in pairs:
            self.assertEqual(const, value)
            e = cls('message')
            self.assert_(isinstance(e, xml.dom.DOMException))
            self.assert_(isinstance(e, Exception))
            self.assertEqual(e.code, value)
            self.assertEqual(str(e), 'message')

    def test_namespaces(self):
        self.assertEqual(xml.dom.XML_NAMESPACE,
                         "http://www.w3.org/XML/1998/namespace")
        self.assertEqual(xml.dom.XMLNS_NAMESPACE,
                         "http://www.w3.org/2000/xmlns/")
        self.assertEqual(xml.dom.XHTML_NAMESPACE,
                         "http://www.w3.org/1999/xhtml")
        self.assert_(xml.dom.EMPTY_NAMESPACE is None)
        self.assert_(xml.dom.EMPTY_PREFIX is None)

    def test_registry(self):
        class Impl:
            def hasFeature(self, feature, version):
                return feature.lower() == 'core'
        impl = Impl()
        name = 'test_xml_dom_impl'
        xml.dom.registerDOMImplementation(name, lambda: impl)
        try:
            self.assert_(xml.dom.getDOMImplementation(name) is impl)
            self.assert_(xml.dom.getDOMImplementation(
                features=[('core', None)]) is impl)
            self.assert_(xml.dom.getDOMImplementation(
                features='core 2.0') is impl)
        finally:
            del domreg.registered[name]
        self.assertRaises(KeyError, xml.dom.getDOMImplementation,
                          'no such implementation')

    def test_import_forms(self):
        self.assertEqual(__import__('xml.dom').__name__, 'xml')
        self.assertEqual(__import__('xml.dom', {}, {}, ['Node']).__name__,
                         'xml.dom')


def test_main():
    test_support.run_unittest(XmlDomTests)

if __name__ == '__main__':
    test_main()
