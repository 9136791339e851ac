#!/usr/bin/env python3
"""Build the tables of Modules/unicodedata.c from the Unicode Character
Database.

Reads the UCD text files installed by Debian's `unicode-data` package
(default directory /usr/share/unicode) and writes

    Modules/unicodedata_db.h    character properties, decompositions,
                                composition pairs
    Modules/unicodename_db.h    character names (word lexicon + phrasebook)

Usage (from the top of the source tree):

    apt-get install -y unicode-data
    python3 Tools/unicode/makeunicodedata.py [UCD_DIR]

Everything is emitted as const data so the module holds no mutable state.

Layout of the tables (the C side in Modules/unicodedata.c must agree):

  * Properties: each code point maps, through a three-level index
    (ud_prop_index0, ud_prop_index1, ud_prop_index2), to a row of
    ud_records.  Identical rows and identical index blocks are shared.
  * Decompositions: another three-level index maps a code point to an
    offset in ud_decomp_data (0 means none).  At that offset one word holds
    (tag << 8) | count, followed by `count` code points.
  * Composition: ud_comp_pairs is a list of (first, second, composite)
    sorted by (first, second), for canonical composition.
  * Names: the named code points are numbered in code point order.  A
    code point's number is found from a per-256-block base number plus the
    rank of its bit in a 256-bit presence map.  Each name is stored in the
    phrasebook as a header byte (word count; bit 7 set = append "-XXXX",
    the code point in hex, to the last word) followed by the word numbers
    (one byte below 192, otherwise two bytes).  Words live in a lexicon
    string in which the last letter of each word has bit 7 set.  Name
    lookup is a binary search over the name numbers sorted by name.
"""

import bz2
import os
import sys

UCD_DIR = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "Modules"))

NCODES = 0x110000

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No",
              "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc",
              "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI_CLASSES = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN",
                "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
                "LRI", "RLI", "FSI", "PDI"]
EAW_CLASSES = ["N", "Na", "A", "W", "H", "F"]
DECOMP_TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>",
               "<final>", "<isolated>", "<circle>", "<super>", "<sub>",
               "<vertical>", "<wide>", "<narrow>", "<small>", "<square>",
               "<fraction>", "<compat>"]

# Names made from a prefix and the code point in hex (UCD rule NR2), for
# ranges given in UnicodeData.txt as <..., First>/<..., Last> pairs.
RANGE_PREFIXES = [("CJK Ideograph", "CJK UNIFIED IDEOGRAPH-"),
                  ("Tangut Ideograph", "TANGUT IDEOGRAPH-")]


def ucd_lines(name):
    path = os.path.join(UCD_DIR, name)
    if name.endswith(".bz2"):
        f = bz2.open(path, "rt", encoding="utf-8")
    else:
        f = open(path, encoding="utf-8")
    with f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def code_range(text):
    if ".." in text:
        a, b = text.split("..")
        return range(int(a, 16), int(b, 16) + 1)
    return range(int(text, 16), int(text, 16) + 1)


def read_version():
    with open(os.path.join(UCD_DIR, "ReadMe.txt"), encoding="utf-8") as f:
        text = f.read()
    # The Debian package's ReadMe.txt names the version; fall back to the
    # header of DerivedAge.txt.
    import re
    m = re.search(r"Version (\d+\.\d+\.\d+)", text)
    if not m:
        with open(os.path.join(UCD_DIR, "DerivedAge.txt"),
                  encoding="utf-8") as f:
            m = re.search(r"DerivedAge-(\d+\.\d+\.\d+)", f.readline())
    return m.group(1)


class Char:
    __slots__ = ("name", "category", "combining", "bidi", "decomp",
                 "decimal", "digit", "numeric", "mirrored")


def read_unicode_data():
    chars = {}
    ranges = []             # (first, last, prefix or None)
    pending = None
    for f in ucd_lines("UnicodeData.txt"):
        cp = int(f[0], 16)
        c = Char()
        c.name = f[1]
        c.category = f[2]
        c.combining = int(f[3])
        c.bidi = f[4]
        c.decomp = f[5]
        c.decimal = f[6]
        c.digit = f[7]
        c.numeric = f[8]
        c.mirrored = f[9] == "Y"
        if c.name.endswith(", First>"):
            pending = (cp, c)
            continue
        if c.name.endswith(", Last>"):
            first, fc = pending
            pending = None
            label = fc.name[1:-len(", First>")]
            prefix = None
            for start, pre in RANGE_PREFIXES:
                if label.startswith(start):
                    prefix = pre
            ranges.append((first, cp, prefix))
            fc.name = ""
            for x in range(first, cp + 1):
                chars[x] = fc
            continue
        if c.name.startswith("<"):
            c.name = ""         # <control> and the like have no name
        chars[cp] = c
    return chars, ranges


def read_unihan_numeric(chars):
    path = "Unihan_NumericValues.txt.bz2"
    if not os.path.exists(os.path.join(UCD_DIR, path)):
        path = "Unihan_NumericValues.txt"
        if not os.path.exists(os.path.join(UCD_DIR, path)):
            return
    for line in bz2.open(os.path.join(UCD_DIR, path), "rt") \
            if path.endswith(".bz2") else open(os.path.join(UCD_DIR, path)):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, field, value = line.split("\t")
        if field not in ("kPrimaryNumeric", "kAccountingNumeric",
                         "kOtherNumeric"):
            continue
        cp = int(code[2:], 16)
        old = chars[cp]
        c = Char()
        for attr in Char.__slots__:
            setattr(c, attr, getattr(old, attr))
        c.numeric = value
        chars[cp] = c


def read_widths():
    widths = ["N"] * NCODES
    for f in ucd_lines("EastAsianWidth.txt"):
        for cp in code_range(f[0]):
            widths[cp] = f[1]
    return widths


def read_exclusions():
    excluded = set()
    for f in ucd_lines("DerivedNormalizationProps.txt"):
        if f[1] == "Full_Composition_Exclusion":
            excluded.update(code_range(f[0]))
    return excluded


def read_jamo():
    return {int(f[0], 16): f[1] for f in ucd_lines("Jamo.txt")}


# ---------------------------------------------------------------- output

def c_array(out, ctype, name, values, per_line=16):
    out.write("static const %s %s[%d] = {\n" % (ctype, name, len(values)))
    for i in range(0, len(values), per_line):
        out.write("    " + ",".join(str(v) for v in values[i:i + per_line])
                  + ",\n")
    out.write("};\n\n")


def int_type(values):
    hi = max(values) if values else 0
    if hi < 256:
        return "unsigned char", 1
    if hi < 65536:
        return "unsigned short", 2
    return "unsigned int", 4


def split_two_level(values):
    """Find the block size that makes the shared two-level index smallest.
    Returns (shift, index1, index2)."""
    best = None
    for shift in range(3, 11):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for start in range(0, len(values), size):
            block = tuple(values[start:start + size])
            pos = blocks.get(block)
            if pos is None:
                pos = blocks[block] = len(index2) >> shift
                index2.extend(block)
            index1.append(pos)
        cost = (len(index1) * int_type(index1)[1] +
                len(index2) * int_type(index2)[1])
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


def split_blocks(values, shift):
    """Cut values into blocks of 1 << shift, sharing equal blocks.
    Returns (index of each block, concatenated distinct blocks)."""
    size = 1 << shift
    blocks = {}
    index = []
    data = []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        pos = blocks.get(block)
        if pos is None:
            pos = blocks[block] = len(data) >> shift
            data.extend(block)
        index.append(pos)
    return index, data


def emit_three_level(out, prefix, values):
    """A two-level split whose block index is itself split in two:
    value = index2[(block << SHIFT1) + low bits], where block =
    index1[(index0[cp >> (SHIFT1 + SHIFT2)] << SHIFT2) + middle bits]."""
    best = None
    for shift1 in range(2, 10):
        blocks, leaves = split_blocks(values, shift1)
        shift2, top, middle = split_two_level(blocks)
        cost = (len(top) * int_type(top)[1] +
                len(middle) * int_type(middle)[1] +
                len(leaves) * int_type(leaves)[1])
        if best is None or cost < best[0]:
            best = (cost, shift1, shift2, top, middle, leaves)
    cost, shift1, shift2, top, middle, leaves = best
    out.write("#define %s_SHIFT1 %d\n" % (prefix.upper(), shift1))
    out.write("#define %s_SHIFT2 %d\n\n" % (prefix.upper(), shift2))
    c_array(out, int_type(top)[0], prefix + "_index0", top)
    c_array(out, int_type(middle)[0], prefix + "_index1", middle)
    c_array(out, int_type(leaves)[0], prefix + "_index2", leaves)


def c_string(out, name, data):
    """Emit bytes as a string literal, split over lines."""
    out.write("static const unsigned char %s[%d] =\n" % (name, len(data) + 1))
    line = ""
    for b in data:
        if 32 <= b < 127 and chr(b) not in '"\\?':
            piece = chr(b)
        else:
            piece = "\\%03o" % b
        line += piece
        if len(line) > 72:
            out.write('    "%s"\n' % line)
            line = ""
    out.write('    "%s";\n\n' % line)


def write_properties(path, version, chars, widths, excluded, unihan):
    default = Char()
    default.name = ""
    default.category = "Cn"
    default.combining = 0
    default.bidi = ""
    default.decomp = ""
    default.decimal = default.digit = default.numeric = ""
    default.mirrored = False

    numerics = [("", 0, 0)]
    numeric_index = {"": 0}
    records = [(0, 0, 0, 0, 0, 0, 0, 0)]
    record_index = {records[0]: 0}
    prop = [0] * NCODES
    decomp_off = [0] * NCODES
    decomp_data = [0]           # offset 0 = no decomposition
    pairs = []

    for cp in range(NCODES):
        c = chars.get(cp, default)
        if c.numeric not in numeric_index:
            num, _, den = c.numeric.partition("/")
            numeric_index[c.numeric] = len(numerics)
            numerics.append((c.numeric, int(num), int(den or "1")))
        flags = 0
        if c.mirrored:
            flags |= 1
        if cp in excluded:
            flags |= 2
        width = widths[cp]
        rec = (CATEGORIES.index(c.category), c.combining,
               BIDI_CLASSES.index(c.bidi), EAW_CLASSES.index(width), flags,
               int(c.decimal) + 1 if c.decimal else 0,
               int(c.digit) + 1 if c.digit else 0,
               numeric_index[c.numeric])
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        prop[cp] = record_index[rec]

        if c.decomp and cp in chars:
            words = c.decomp.split()
            tag = 0
            if words[0].startswith("<"):
                tag = DECOMP_TAGS.index(words[0])
                words = words[1:]
            codes = [int(w, 16) for w in words]
            decomp_off[cp] = len(decomp_data)
            decomp_data.append((tag << 8) | len(codes))
            decomp_data.extend(codes)
            if tag == 0 and len(codes) == 2 and cp not in excluded:
                pairs.append((codes[0], codes[1], cp))

    assert len(numerics) < 256
    assert len(decomp_data) < 65536
    pairs.sort()

    with open(path, "w") as out:
        out.write("/* Unicode character properties, generated by "
                  "Tools/unicode/makeunicodedata.py\n"
                  "   from the Unicode Character Database %s.  "
                  "Do not edit. */\n\n" % version)
        out.write('#define UNIDATA_VERSION "%s"\n\n' % version)
        for name, items in (("ud_category_names", CATEGORIES),
                            ("ud_bidi_names", BIDI_CLASSES),
                            ("ud_eaw_names", EAW_CLASSES),
                            ("ud_decomp_tag_names", DECOMP_TAGS)):
            out.write("static const char * const %s[] = {\n" % name)
            for i in range(0, len(items), 8):
                out.write("    " + " ".join('"%s",' % s
                                            for s in items[i:i + 8]) + "\n")
            out.write("};\n\n")
        out.write("#define UD_FLAG_MIRRORED 1\n"
                  "#define UD_FLAG_EXCLUDED 2\n\n")
        out.write("/* value = numerator / denominator; row 0: none */\n")
        out.write("static const ud_numeric ud_numerics[%d] = {\n"
                  % len(numerics))
        for text, num, den in numerics:
            out.write("    {%d.0, %d.0},\n" % (num, den))
        out.write("};\n\n")
        out.write("/* category, combining, bidirectional, east_asian_width, "
                  "flags,\n   decimal + 1, digit + 1, numeric row */\n")
        out.write("static const ud_record ud_records[%d] = {\n"
                  % len(records))
        for rec in records:
            out.write("    {%s},\n" % ",".join(str(x) for x in rec))
        out.write("};\n\n")
        emit_three_level(out, "ud_prop", prop)
        emit_three_level(out, "ud_decomp", decomp_off)
        c_array(out, "unsigned int", "ud_decomp_data", decomp_data)
        out.write("static const unsigned int ud_comp_pairs[%d][3] = {\n"
                  % len(pairs))
        for p in pairs:
            out.write("    {%d,%d,%d},\n" % p)
        out.write("};\n")
    return len(records), len(decomp_data), len(pairs)


def write_names(path, version, chars, ranges, jamo):
    named = [cp for cp in range(NCODES)
             if cp in chars and chars[cp].name]
    name_of = {}
    hexflag = {}
    words_of = {}
    from collections import Counter
    counts = Counter()
    for cp in named:
        name = chars[cp].name
        name_of[cp] = name
        suffix = "-%04X" % cp
        ws = name.split(" ")
        if name.endswith(suffix):
            hexflag[cp] = True
            ws[-1] = ws[-1][:-len(suffix) + 1]      # keep the hyphen
        else:
            hexflag[cp] = False
        assert all(ws)
        words_of[cp] = ws
        counts.update(ws)

    # Frequent words get the short (one byte) codes.
    lexicon_words = sorted(counts, key=lambda w: (-counts[w], w))
    word_code = {w: i for i, w in enumerate(lexicon_words)}
    assert len(lexicon_words) < 192 + 64 * 256

    lexicon = bytearray()
    lexicon_offsets = []
    for i, w in enumerate(lexicon_words):
        if i % 8 == 0:
            lexicon_offsets.append(len(lexicon))
        b = bytearray(w.encode("ascii"))
        assert all(x < 128 for x in b)
        b[-1] |= 0x80
        lexicon += b

    phrasebook = bytearray()
    phrase_offsets = []
    for i, cp in enumerate(named):
        if i % 32 == 0:
            phrase_offsets.append(len(phrasebook))
        ws = words_of[cp]
        assert len(ws) < 128
        phrasebook.append(len(ws) | (0x80 if hexflag[cp] else 0))
        for w in ws:
            code = word_code[w]
            if code < 192:
                phrasebook.append(code)
            else:
                code -= 192
                phrasebook.append(192 + (code >> 8))
                phrasebook.append(code & 255)

    # Code point -> name number: block bases and shared presence maps.
    block_base = []
    block_map = []
    maps = []
    map_index = {}
    named_set = set(named)
    count = 0
    for block in range(NCODES >> 8):
        words = []
        for w in range(8):
            bits = 0
            for b in range(32):
                if (block << 8) + w * 32 + b in named_set:
                    bits |= 1 << b
            words.append(bits)
        key = tuple(words)
        if key not in map_index:
            map_index[key] = len(maps)
            maps.append(key)
        block_base.append(count)
        block_map.append(map_index[key])
        count += sum(bin(x).count("1") for x in words)
    assert count == len(named) and count < 65536

    by_name = sorted(range(len(named)), key=lambda i: name_of[named[i]])

    algorithmic = [(a, b, p) for a, b, p in ranges if p]
    prefixes = []
    for a, b, p in algorithmic:
        if p not in prefixes:
            prefixes.append(p)

    jamo_l = [jamo[0x1100 + i] for i in range(19)]
    jamo_v = [jamo[0x1161 + i] for i in range(21)]
    jamo_t = [""] + [jamo[0x11A8 + i] for i in range(27)]

    with open(path, "w") as out:
        out.write("/* Unicode character names, generated by "
                  "Tools/unicode/makeunicodedata.py\n"
                  "   from the Unicode Character Database %s.  "
                  "Do not edit. */\n\n" % version)
        out.write("#define UN_NAMED_COUNT %d\n" % len(named))
        out.write("#define UN_WORD_COUNT %d\n" % len(lexicon_words))
        out.write("#define UN_MAX_NAME_LEN %d\n\n"
                  % max(len(n) for n in name_of.values()))
        c_string(out, "un_lexicon", lexicon)
        c_array(out, "unsigned int", "un_lexicon_offsets", lexicon_offsets,
                12)
        c_string(out, "un_phrasebook", phrasebook)
        c_array(out, "unsigned int", "un_phrase_offsets", phrase_offsets, 12)
        c_array(out, "unsigned short", "un_block_base", block_base)
        c_array(out, int_type(block_map)[0], "un_block_map", block_map)
        out.write("static const unsigned int un_maps[%d][8] = {\n"
                  % len(maps))
        for m in maps:
            out.write("    {%s},\n" % ",".join("%uu" % x for x in m))
        out.write("};\n\n")
        c_array(out, "unsigned short", "un_sorted", by_name)
        out.write("static const char * const un_range_prefixes[] = {\n")
        for p in prefixes:
            out.write('    "%s",\n' % p)
        out.write("};\n\n")
        out.write("/* first, last, prefix: names made as prefix + hex */\n")
        out.write("static const un_range un_ranges[%d] = {\n"
                  % len(algorithmic))
        for a, b, p in algorithmic:
            out.write("    {0x%X, 0x%X, %d},\n" % (a, b, prefixes.index(p)))
        out.write("};\n\n")
        out.write("/* Hangul syllable name parts (Jamo.txt) */\n")
        for name, items in (("un_jamo_l", jamo_l), ("un_jamo_v", jamo_v),
                            ("un_jamo_t", jamo_t)):
            out.write("static const char * const %s[%d] = {\n    "
                      % (name, len(items)))
            out.write(" ".join('"%s",' % s for s in items))
            out.write("\n};\n")
    return len(named), len(lexicon_words), len(lexicon), len(phrasebook)


def main():
    version = read_version()
    chars, ranges = read_unicode_data()
    unihan = read_unihan_numeric(chars)
    widths = read_widths()
    excluded = read_exclusions()
    jamo = read_jamo()
    info = write_properties(os.path.join(OUT_DIR, "unicodedata_db.h"),
                            version, chars, widths, excluded, unihan)
    print("unicodedata_db.h: %d records, %d decomposition words, "
          "%d composition pairs" % info)
    info = write_names(os.path.join(OUT_DIR, "unicodename_db.h"),
                       version, chars, ranges, jamo)
    print("unicodename_db.h: %d names, %d words, lexicon %d bytes, "
          "phrasebook %d bytes" % info)


if __name__ == "__main__":
    main()
