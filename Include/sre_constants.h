#ifndef Py_SRE_CONSTANTS_H
#define Py_SRE_CONSTANTS_H
/* Numbering of the compiled regular expression code shared by
   Lib/sre_compile.py (which emits it, through Lib/sre_constants.py) and
   Modules/_sre.c (which checks and runs it).  The two lists must agree;
   SRE_MAGIC changes whenever the format does. */

#define SRE_MAGIC 20031017

/* Unbounded upper repeat count inside the code. */
#define SRE_UNBOUNDED 0xFFFFFFFFu

/* Instructions (first word of each); operands follow. */
#define SRE_OP_FAILURE              0   /* -                          */
#define SRE_OP_SUCCESS              1   /* -                          */
#define SRE_OP_ANY                  2   /* - (not a newline)          */
#define SRE_OP_ANY_ALL              3   /* -                          */
#define SRE_OP_LITERAL              4   /* ch                         */
#define SRE_OP_NOT_LITERAL          5   /* ch                         */
#define SRE_OP_LITERAL_IGNORE       6   /* lowered ch                 */
#define SRE_OP_NOT_LITERAL_IGNORE   7   /* lowered ch                 */
#define SRE_OP_IN                   8   /* skip, set...               */
#define SRE_OP_IN_IGNORE            9   /* skip, set...               */
#define SRE_OP_AT                  10   /* at-code                    */
#define SRE_OP_MARK                11   /* mark index                 */
#define SRE_OP_JUMP                12   /* target                     */
#define SRE_OP_SPLIT               13   /* first, second              */
#define SRE_OP_REPEAT_ONE          14   /* skip, min, max, item...    */
#define SRE_OP_MIN_REPEAT_ONE      15   /* skip, min, max, item...    */
#define SRE_OP_REPEAT_INIT         16   /* reg                        */
#define SRE_OP_REPEAT_CHECK        17   /* reg, min, max, greedy, exit*/
#define SRE_OP_REPEAT_NEXT         18   /* reg, target                */
#define SRE_OP_GROUPREF            19   /* group (0-based)            */
#define SRE_OP_GROUPREF_IGNORE     20   /* group (0-based)            */
#define SRE_OP_GROUPREF_EXISTS     21   /* group (0-based), no-target */
#define SRE_OP_ASSERT              22   /* negate, back, after        */
#define SRE_OP_ASSERT_END          23   /* -                          */
#define SRE_OP_STRING              24   /* n, ch * n                  */
#define SRE_OP_STRING_IGNORE       25   /* n, lowered ch * n          */
#define SRE_OP_INFO                26   /* header, see below          */
#define SRE_OP_COUNT               27

/* Targets are absolute word offsets from the first word of the code list.
   "skip" operands count the words that follow the skip word itself up to
   the end of the instruction.

   Header (always first):
     INFO, skip, hflags, minwidth, maxwidth, nregs, prefixlen, prefix...,
     [set block if hflags & SRE_INFO_CHARSET]
   A set block is:  negate, nbitmapwords (0 or 8), bitmap..., nitems, items...
   where an item is SRE_SET_RANGE lo hi or SRE_SET_CATEGORY cat. */

#define SRE_INFO_PREFIX     1   /* the match must start with the prefix */
#define SRE_INFO_CHARSET    2   /* the match must start with a set char */
#define SRE_INFO_ANCHORED   4   /* only a match at the start position   */

#define SRE_SET_RANGE       1
#define SRE_SET_CATEGORY    2

/* at-codes */
#define SRE_AT_BEGINNING            0
#define SRE_AT_BEGINNING_LINE       1
#define SRE_AT_BEGINNING_STRING     2
#define SRE_AT_BOUNDARY             3
#define SRE_AT_NON_BOUNDARY         4
#define SRE_AT_END                  5
#define SRE_AT_END_LINE             6
#define SRE_AT_END_STRING           7
#define SRE_AT_LOC_BOUNDARY         8
#define SRE_AT_LOC_NON_BOUNDARY     9
#define SRE_AT_UNI_BOUNDARY        10
#define SRE_AT_UNI_NON_BOUNDARY    11
#define SRE_AT_COUNT               12

/* categories */
#define SRE_CAT_DIGIT               0
#define SRE_CAT_NOT_DIGIT           1
#define SRE_CAT_SPACE               2
#define SRE_CAT_NOT_SPACE           3
#define SRE_CAT_WORD                4
#define SRE_CAT_NOT_WORD            5
#define SRE_CAT_LINEBREAK           6
#define SRE_CAT_NOT_LINEBREAK       7
#define SRE_CAT_LOC_WORD            8
#define SRE_CAT_LOC_NOT_WORD        9
#define SRE_CAT_UNI_DIGIT          10
#define SRE_CAT_UNI_NOT_DIGIT      11
#define SRE_CAT_UNI_SPACE          12
#define SRE_CAT_UNI_NOT_SPACE      13
#define SRE_CAT_UNI_WORD           14
#define SRE_CAT_UNI_NOT_WORD       15
#define SRE_CAT_UNI_LINEBREAK      16
#define SRE_CAT_UNI_NOT_LINEBREAK  17
#define SRE_CAT_COUNT              18

/* pattern flags (the re module's) */
#define SRE_FLAG_TEMPLATE      1
#define SRE_FLAG_IGNORECASE    2
#define SRE_FLAG_LOCALE        4
#define SRE_FLAG_MULTILINE     8
#define SRE_FLAG_DOTALL       16
#define SRE_FLAG_UNICODE      32
#define SRE_FLAG_VERBOSE      64
#define SRE_FLAG_DEBUG       128

#endif /* !Py_SRE_CONSTANTS_H */
