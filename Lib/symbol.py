"""Non-terminal symbols of the Python 2.5 grammar (the numbers the
parser gives the nodes of a concrete syntax tree).

Also: sym_name, mapping each number back to its name.
"""

# In grammar order; numbering starts at 256 (token.NT_OFFSET).
_NAMES = """single_input file_input eval_input decorator decorators funcdef
parameters varargslist fpdef fplist stmt simple_stmt small_stmt expr_stmt
augassign print_stmt del_stmt pass_stmt flow_stmt break_stmt continue_stmt
return_stmt yield_stmt raise_stmt import_stmt import_name import_from
import_as_name dotted_as_name import_as_names dotted_as_names dotted_name
global_stmt exec_stmt assert_stmt compound_stmt if_stmt while_stmt
for_stmt try_stmt with_stmt with_var except_clause suite testlist_safe
old_test old_lambdef test or_test and_test not_test comparison comp_op
expr xor_expr and_expr shift_expr arith_expr term factor power atom
listmaker testlist_gexp lambdef trailer subscriptlist subscript sliceop
exprlist testlist dictmaker classdef arglist argument list_iter list_for
list_if gen_iter gen_for gen_if testlist1 encoding_decl
yield_expr""".split()

sym_name = {}
for _value, _name in enumerate(_NAMES):
    _value = _value + 256
    globals()[_name] = _value
    sym_name[_value] = _name
del _value, _name, _NAMES


def main():
    for number in sorted(sym_name):
        print "%s = %d" % (sym_name[number], number)

if __name__ == "__main__":
    main()
