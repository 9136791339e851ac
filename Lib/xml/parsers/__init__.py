"""Python interfaces to XML parsers.

This package holds one module:

expat -- the expat-compatible, non-validating XML parser.
"""
