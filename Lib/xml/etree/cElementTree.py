"""xml.etree.cElementTree: the ElementTree API under its accelerated
name (here the same implementation as xml.etree.ElementTree)."""

from xml.etree.ElementTree import *
from xml.etree.ElementTree import _ElementInterface, _Element, \
     ElementPath, fixtag, XMLID
