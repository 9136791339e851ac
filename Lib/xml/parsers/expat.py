"""Interface to the expat-compatible non-validating XML parser."""

import sys as _sys

from pyexpat import *
from pyexpat import errors, model

# "import xml.parsers.expat.errors" works as it does with the C module
_sys.modules.setdefault("xml.parsers.expat.errors", errors)
_sys.modules.setdefault("xml.parsers.expat.model", model)
del _sys
