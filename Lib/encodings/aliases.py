"""Alternative names of encodings: normalized alias -> module name."""

aliases = {
    '646': 'ascii',
    'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii',
    'cp367': 'ascii',
    'csascii': 'ascii',
    'ibm367': 'ascii',
    'iso646_us': 'ascii',
    'iso_646.irv_1991': 'ascii',
    'iso_ir_6': 'ascii',
    'us': 'ascii',
    'us_ascii': 'ascii',

    'base64': 'base64_codec',
    'base_64': 'base64_codec',
    'hex': 'hex_codec',
    'rot13': 'rot_13',
    'zip': 'zlib_codec',
    'zlib': 'zlib_codec',

    '1252': 'cp1252',
    'windows_1252': 'cp1252',

    'iso8859': 'latin_1',
    '8859': 'latin_1',
    'cp819': 'latin_1',
    'csisolatin1': 'latin_1',
    'ibm819': 'latin_1',
    'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1',
    'iso_8859_1_1987': 'latin_1',
    'iso_ir_100': 'latin_1',
    'l1': 'latin_1',
    'latin': 'latin_1',
    'latin1': 'latin_1',

    'iso_8859_15': 'iso8859_15',
    'l9': 'iso8859_15',
    'latin9': 'iso8859_15',

    'u16': 'utf_16',
    'utf16': 'utf_16',
    'unicodebigunmarked': 'utf_16_be',
    'utf_16be': 'utf_16_be',
    'unicodelittleunmarked': 'utf_16_le',
    'utf_16le': 'utf_16_le',

    'u32': 'utf_32',
    'utf32': 'utf_32',
    'utf_32be': 'utf_32_be',
    'utf_32le': 'utf_32_le',

    'u7': 'utf_7',
    'utf7': 'utf_7',
    'unicode_1_1_utf_7': 'utf_7',

    'u8': 'utf_8',
    'utf': 'utf_8',
    'utf8': 'utf_8',
    'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8',

    'unicode_internal': 'unicode_internal',
    'string_escape': 'string_escape',
}
