#
# Constants shared by the regular expression parser (sre_parse), the
# code generator (sre_compile) and the matching engine (_sre).
#
# The numbers of the compiled code must agree with Include/sre_constants.h.
#

"""Internal support module for the re module: shared constants."""

MAGIC = 20031017

# Largest repeat count a pattern may spell out; also stands for "no upper
# bound" in parse trees (the code generator turns it into the engine's
# own unbounded marker).
MAXREPEAT = 65535


class error(Exception):
    """Raised for an invalid regular expression or replacement template."""
    pass


# -- names used in parse trees ------------------------------------------

FAILURE = "failure"
SUCCESS = "success"

ANY = "any"
ANY_ALL = "any_all"
ASSERT = "assert"
ASSERT_NOT = "assert_not"
AT = "at"
BIGCHARSET = "bigcharset"
BRANCH = "branch"
CALL = "call"
CATEGORY = "category"
CHARSET = "charset"
GROUPREF = "groupref"
GROUPREF_IGNORE = "groupref_ignore"
GROUPREF_EXISTS = "groupref_exists"
IN = "in"
IN_IGNORE = "in_ignore"
INFO = "info"
JUMP = "jump"
LITERAL = "literal"
LITERAL_IGNORE = "literal_ignore"
MARK = "mark"
MAX_REPEAT = "max_repeat"
MAX_UNTIL = "max_until"
MIN_REPEAT = "min_repeat"
MIN_UNTIL = "min_until"
NEGATE = "negate"
NOT_LITERAL = "not_literal"
NOT_LITERAL_IGNORE = "not_literal_ignore"
RANGE = "range"
REPEAT = "repeat"
REPEAT_ONE = "repeat_one"
SUBPATTERN = "subpattern"
MIN_REPEAT_ONE = "min_repeat_one"

# positions
AT_BEGINNING = "at_beginning"
AT_BEGINNING_LINE = "at_beginning_line"
AT_BEGINNING_STRING = "at_beginning_string"
AT_BOUNDARY = "at_boundary"
AT_NON_BOUNDARY = "at_non_boundary"
AT_END = "at_end"
AT_END_LINE = "at_end_line"
AT_END_STRING = "at_end_string"
AT_LOC_BOUNDARY = "at_loc_boundary"
AT_LOC_NON_BOUNDARY = "at_loc_non_boundary"
AT_UNI_BOUNDARY = "at_uni_boundary"
AT_UNI_NON_BOUNDARY = "at_uni_non_boundary"

# character categories
CATEGORY_DIGIT = "category_digit"
CATEGORY_NOT_DIGIT = "category_not_digit"
CATEGORY_SPACE = "category_space"
CATEGORY_NOT_SPACE = "category_not_space"
CATEGORY_WORD = "category_word"
CATEGORY_NOT_WORD = "category_not_word"
CATEGORY_LINEBREAK = "category_linebreak"
CATEGORY_NOT_LINEBREAK = "category_not_linebreak"
CATEGORY_LOC_WORD = "category_loc_word"
CATEGORY_LOC_NOT_WORD = "category_loc_not_word"
CATEGORY_UNI_DIGIT = "category_uni_digit"
CATEGORY_UNI_NOT_DIGIT = "category_uni_not_digit"
CATEGORY_UNI_SPACE = "category_uni_space"
CATEGORY_UNI_NOT_SPACE = "category_uni_not_space"
CATEGORY_UNI_WORD = "category_uni_word"
CATEGORY_UNI_NOT_WORD = "category_uni_not_word"
CATEGORY_UNI_LINEBREAK = "category_uni_linebreak"
CATEGORY_UNI_NOT_LINEBREAK = "category_uni_not_linebreak"

# -- numbers of the compiled code (see Include/sre_constants.h) ---------

# Engine instructions by name.
OPCODES = {
    "failure": 0, "success": 1, "any": 2, "any_all": 3,
    "literal": 4, "not_literal": 5,
    "literal_ignore": 6, "not_literal_ignore": 7,
    "in": 8, "in_ignore": 9, "at": 10, "mark": 11,
    "jump": 12, "split": 13,
    "repeat_one": 14, "min_repeat_one": 15,
    "repeat_init": 16, "repeat_check": 17, "repeat_next": 18,
    "groupref": 19, "groupref_ignore": 20, "groupref_exists": 21,
    "assert": 22, "assert_end": 23,
    "string": 24, "string_ignore": 25,
    "info": 26,
}

ATCODES = {
    AT_BEGINNING: 0, AT_BEGINNING_LINE: 1, AT_BEGINNING_STRING: 2,
    AT_BOUNDARY: 3, AT_NON_BOUNDARY: 4,
    AT_END: 5, AT_END_LINE: 6, AT_END_STRING: 7,
    AT_LOC_BOUNDARY: 8, AT_LOC_NON_BOUNDARY: 9,
    AT_UNI_BOUNDARY: 10, AT_UNI_NON_BOUNDARY: 11,
}

CHCODES = {
    CATEGORY_DIGIT: 0, CATEGORY_NOT_DIGIT: 1,
    CATEGORY_SPACE: 2, CATEGORY_NOT_SPACE: 3,
    CATEGORY_WORD: 4, CATEGORY_NOT_WORD: 5,
    CATEGORY_LINEBREAK: 6, CATEGORY_NOT_LINEBREAK: 7,
    CATEGORY_LOC_WORD: 8, CATEGORY_LOC_NOT_WORD: 9,
    CATEGORY_UNI_DIGIT: 10, CATEGORY_UNI_NOT_DIGIT: 11,
    CATEGORY_UNI_SPACE: 12, CATEGORY_UNI_NOT_SPACE: 13,
    CATEGORY_UNI_WORD: 14, CATEGORY_UNI_NOT_WORD: 15,
    CATEGORY_UNI_LINEBREAK: 16, CATEGORY_UNI_NOT_LINEBREAK: 17,
}

# Code word standing for "no upper bound" in repeat instructions.
CODE_UNBOUNDED = 0xFFFFFFFFL

# Set block items.
SET_RANGE = 1
SET_CATEGORY = 2

# -- flag-dependent variants --------------------------------------------

OP_IGNORE = {
    GROUPREF: GROUPREF_IGNORE,
    IN: IN_IGNORE,
    LITERAL: LITERAL_IGNORE,
    NOT_LITERAL: NOT_LITERAL_IGNORE,
}

AT_MULTILINE = {
    AT_BEGINNING: AT_BEGINNING_LINE,
    AT_END: AT_END_LINE,
}

AT_LOCALE = {
    AT_BOUNDARY: AT_LOC_BOUNDARY,
    AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY,
}

AT_UNICODE = {
    AT_BOUNDARY: AT_UNI_BOUNDARY,
    AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY,
}

CH_LOCALE = {
    CATEGORY_DIGIT: CATEGORY_DIGIT,
    CATEGORY_NOT_DIGIT: CATEGORY_NOT_DIGIT,
    CATEGORY_SPACE: CATEGORY_SPACE,
    CATEGORY_NOT_SPACE: CATEGORY_NOT_SPACE,
    CATEGORY_WORD: CATEGORY_LOC_WORD,
    CATEGORY_NOT_WORD: CATEGORY_LOC_NOT_WORD,
    CATEGORY_LINEBREAK: CATEGORY_LINEBREAK,
    CATEGORY_NOT_LINEBREAK: CATEGORY_NOT_LINEBREAK,
}

CH_UNICODE = {
    CATEGORY_DIGIT: CATEGORY_UNI_DIGIT,
    CATEGORY_NOT_DIGIT: CATEGORY_UNI_NOT_DIGIT,
    CATEGORY_SPACE: CATEGORY_UNI_SPACE,
    CATEGORY_NOT_SPACE: CATEGORY_UNI_NOT_SPACE,
    CATEGORY_WORD: CATEGORY_UNI_WORD,
    CATEGORY_NOT_WORD: CATEGORY_UNI_NOT_WORD,
    CATEGORY_LINEBREAK: CATEGORY_UNI_LINEBREAK,
    CATEGORY_NOT_LINEBREAK: CATEGORY_UNI_NOT_LINEBREAK,
}

# -- flags ----------------------------------------------------------------

SRE_FLAG_TEMPLATE = 1       # template mode (no backtracking)
SRE_FLAG_IGNORECASE = 2     # case insensitive
SRE_FLAG_LOCALE = 4         # \w, \b etc. follow the current locale
SRE_FLAG_MULTILINE = 8      # ^ and $ also at line boundaries
SRE_FLAG_DOTALL = 16        # . matches a newline too
SRE_FLAG_UNICODE = 32       # \w, \b etc. follow the unicode database
SRE_FLAG_VERBOSE = 64       # whitespace and comments are ignored
SRE_FLAG_DEBUG = 128        # print the parse tree

# header flags of the compiled code
SRE_INFO_PREFIX = 1
SRE_INFO_CHARSET = 2
SRE_INFO_ANCHORED = 4
