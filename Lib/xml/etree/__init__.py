"""The ElementTree API: a light-weight tree of elements for XML data
(xml.etree.ElementTree; xml.etree.cElementTree is the same API)."""
