# Finding (fixed in Parser/parser.c parse_power): C stack overflow in the
# parser on a long '**' chain.  ASan: stack-overflow in
# parse_factor -> parse_power -> parse_factor ... (Parser/parser.c:1496).
# The input itself is '**'.join(['2'] * 100000); this program builds it.
compile('**'.join(['2'] * 100000), '<finding>', 'eval')
