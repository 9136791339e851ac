# Finding (fixed in Parser/parser.c parse_atom): C stack overflow in the
# parser on nested generator expressions in the iterable position.  ASan:
# stack-overflow, cycle parse_atom -> parse_comprehensions ->
# parse_or_test -> ... -> parse_atom (Parser/parser.c:1069, 1329).
# The input is '(x for x in ' * 100000 + 'y' + ')' * 100000.
compile('(x for x in ' * 100000 + 'y' + ')' * 100000, '<finding>', 'eval')
