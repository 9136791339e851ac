/* Constructors of the AST node types declared in Include/Python-ast.h.
   Every node is carved from the compilation's arena. */

#include "Python.h"
#include "Python-ast.h"

/* A required child was missing: the parser has a bug or a caller passed
   incomplete input.  Report it instead of building a broken tree. */
static void
missing_field(const char *field, const char *node)
{
    PyErr_Format(PyExc_ValueError, "field %s is required for %s", field, node);
}

mod_ty
_Py_Module(asdl_seq *body, PyArena *arena)
{
    mod_ty node;
    node = (mod_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Module_kind;
    node->v.Module.body = body;
    return node;
}

mod_ty
_Py_Interactive(asdl_seq *body, PyArena *arena)
{
    mod_ty node;
    node = (mod_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Interactive_kind;
    node->v.Interactive.body = body;
    return node;
}

mod_ty
_Py_Expression(expr_ty body, PyArena *arena)
{
    mod_ty node;
    if (body == NULL) {
        missing_field("body", "Expression");
        return NULL;
    }
    node = (mod_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Expression_kind;
    node->v.Expression.body = body;
    return node;
}

mod_ty
_Py_Suite(asdl_seq *body, PyArena *arena)
{
    mod_ty node;
    node = (mod_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Suite_kind;
    node->v.Suite.body = body;
    return node;
}

stmt_ty
_Py_FunctionDef(identifier name, arguments_ty args, asdl_seq *body, asdl_seq *decorators, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (name == NULL) {
        missing_field("name", "FunctionDef");
        return NULL;
    }
    if (args == NULL) {
        missing_field("args", "FunctionDef");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = FunctionDef_kind;
    node->v.FunctionDef.name = name;
    node->v.FunctionDef.args = args;
    node->v.FunctionDef.body = body;
    node->v.FunctionDef.decorators = decorators;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_ClassDef(identifier name, asdl_seq *bases, asdl_seq *body, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (name == NULL) {
        missing_field("name", "ClassDef");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = ClassDef_kind;
    node->v.ClassDef.name = name;
    node->v.ClassDef.bases = bases;
    node->v.ClassDef.body = body;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Return(expr_ty value, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Return_kind;
    node->v.Return.value = value;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Delete(asdl_seq *targets, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Delete_kind;
    node->v.Delete.targets = targets;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Assign(asdl_seq *targets, expr_ty value, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (value == NULL) {
        missing_field("value", "Assign");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Assign_kind;
    node->v.Assign.targets = targets;
    node->v.Assign.value = value;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_AugAssign(expr_ty target, operator_ty op, expr_ty value, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (target == NULL) {
        missing_field("target", "AugAssign");
        return NULL;
    }
    if (!op) {
        missing_field("op", "AugAssign");
        return NULL;
    }
    if (value == NULL) {
        missing_field("value", "AugAssign");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = AugAssign_kind;
    node->v.AugAssign.target = target;
    node->v.AugAssign.op = op;
    node->v.AugAssign.value = value;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Print(expr_ty dest, asdl_seq *values, int nl, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Print_kind;
    node->v.Print.dest = dest;
    node->v.Print.values = values;
    node->v.Print.nl = nl;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_For(expr_ty target, expr_ty iter, asdl_seq *body, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (target == NULL) {
        missing_field("target", "For");
        return NULL;
    }
    if (iter == NULL) {
        missing_field("iter", "For");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = For_kind;
    node->v.For.target = target;
    node->v.For.iter = iter;
    node->v.For.body = body;
    node->v.For.orelse = orelse;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_While(expr_ty test, asdl_seq *body, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (test == NULL) {
        missing_field("test", "While");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = While_kind;
    node->v.While.test = test;
    node->v.While.body = body;
    node->v.While.orelse = orelse;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_If(expr_ty test, asdl_seq *body, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (test == NULL) {
        missing_field("test", "If");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = If_kind;
    node->v.If.test = test;
    node->v.If.body = body;
    node->v.If.orelse = orelse;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_With(expr_ty context_expr, expr_ty optional_vars, asdl_seq *body, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (context_expr == NULL) {
        missing_field("context_expr", "With");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = With_kind;
    node->v.With.context_expr = context_expr;
    node->v.With.optional_vars = optional_vars;
    node->v.With.body = body;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Raise(expr_ty type, expr_ty inst, expr_ty tback, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Raise_kind;
    node->v.Raise.type = type;
    node->v.Raise.inst = inst;
    node->v.Raise.tback = tback;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_TryExcept(asdl_seq *body, asdl_seq *handlers, asdl_seq *orelse, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = TryExcept_kind;
    node->v.TryExcept.body = body;
    node->v.TryExcept.handlers = handlers;
    node->v.TryExcept.orelse = orelse;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_TryFinally(asdl_seq *body, asdl_seq *finalbody, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = TryFinally_kind;
    node->v.TryFinally.body = body;
    node->v.TryFinally.finalbody = finalbody;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Assert(expr_ty test, expr_ty msg, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (test == NULL) {
        missing_field("test", "Assert");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Assert_kind;
    node->v.Assert.test = test;
    node->v.Assert.msg = msg;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Import(asdl_seq *names, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Import_kind;
    node->v.Import.names = names;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_ImportFrom(identifier module, asdl_seq *names, int level, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (module == NULL) {
        missing_field("module", "ImportFrom");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = ImportFrom_kind;
    node->v.ImportFrom.module = module;
    node->v.ImportFrom.names = names;
    node->v.ImportFrom.level = level;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Exec(expr_ty body, expr_ty globals, expr_ty locals, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (body == NULL) {
        missing_field("body", "Exec");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Exec_kind;
    node->v.Exec.body = body;
    node->v.Exec.globals = globals;
    node->v.Exec.locals = locals;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Global(asdl_seq *names, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Global_kind;
    node->v.Global.names = names;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Expr(expr_ty value, int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    if (value == NULL) {
        missing_field("value", "Expr");
        return NULL;
    }
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Expr_kind;
    node->v.Expr.value = value;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Pass(int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Pass_kind;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Break(int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Break_kind;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

stmt_ty
_Py_Continue(int lineno, int col_offset, PyArena *arena)
{
    stmt_ty node;
    node = (stmt_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Continue_kind;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_BoolOp(boolop_ty op, asdl_seq *values, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (!op) {
        missing_field("op", "BoolOp");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = BoolOp_kind;
    node->v.BoolOp.op = op;
    node->v.BoolOp.values = values;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_BinOp(expr_ty left, operator_ty op, expr_ty right, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (left == NULL) {
        missing_field("left", "BinOp");
        return NULL;
    }
    if (!op) {
        missing_field("op", "BinOp");
        return NULL;
    }
    if (right == NULL) {
        missing_field("right", "BinOp");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = BinOp_kind;
    node->v.BinOp.left = left;
    node->v.BinOp.op = op;
    node->v.BinOp.right = right;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_UnaryOp(unaryop_ty op, expr_ty operand, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (!op) {
        missing_field("op", "UnaryOp");
        return NULL;
    }
    if (operand == NULL) {
        missing_field("operand", "UnaryOp");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = UnaryOp_kind;
    node->v.UnaryOp.op = op;
    node->v.UnaryOp.operand = operand;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Lambda(arguments_ty args, expr_ty body, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (args == NULL) {
        missing_field("args", "Lambda");
        return NULL;
    }
    if (body == NULL) {
        missing_field("body", "Lambda");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Lambda_kind;
    node->v.Lambda.args = args;
    node->v.Lambda.body = body;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_IfExp(expr_ty test, expr_ty body, expr_ty orelse, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (test == NULL) {
        missing_field("test", "IfExp");
        return NULL;
    }
    if (body == NULL) {
        missing_field("body", "IfExp");
        return NULL;
    }
    if (orelse == NULL) {
        missing_field("orelse", "IfExp");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = IfExp_kind;
    node->v.IfExp.test = test;
    node->v.IfExp.body = body;
    node->v.IfExp.orelse = orelse;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Dict(asdl_seq *keys, asdl_seq *values, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Dict_kind;
    node->v.Dict.keys = keys;
    node->v.Dict.values = values;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_ListComp(expr_ty elt, asdl_seq *generators, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (elt == NULL) {
        missing_field("elt", "ListComp");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = ListComp_kind;
    node->v.ListComp.elt = elt;
    node->v.ListComp.generators = generators;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_GeneratorExp(expr_ty elt, asdl_seq *generators, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (elt == NULL) {
        missing_field("elt", "GeneratorExp");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = GeneratorExp_kind;
    node->v.GeneratorExp.elt = elt;
    node->v.GeneratorExp.generators = generators;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Yield(expr_ty value, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Yield_kind;
    node->v.Yield.value = value;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Compare(expr_ty left, asdl_int_seq *ops, asdl_seq *comparators, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (left == NULL) {
        missing_field("left", "Compare");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Compare_kind;
    node->v.Compare.left = left;
    node->v.Compare.ops = ops;
    node->v.Compare.comparators = comparators;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Call(expr_ty func, asdl_seq *args, asdl_seq *keywords, expr_ty starargs, expr_ty kwargs, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (func == NULL) {
        missing_field("func", "Call");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Call_kind;
    node->v.Call.func = func;
    node->v.Call.args = args;
    node->v.Call.keywords = keywords;
    node->v.Call.starargs = starargs;
    node->v.Call.kwargs = kwargs;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Repr(expr_ty value, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (value == NULL) {
        missing_field("value", "Repr");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Repr_kind;
    node->v.Repr.value = value;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Num(object n, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (n == NULL) {
        missing_field("n", "Num");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Num_kind;
    node->v.Num.n = n;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Str(string s, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (s == NULL) {
        missing_field("s", "Str");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Str_kind;
    node->v.Str.s = s;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Attribute(expr_ty value, identifier attr, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (value == NULL) {
        missing_field("value", "Attribute");
        return NULL;
    }
    if (attr == NULL) {
        missing_field("attr", "Attribute");
        return NULL;
    }
    if (!ctx) {
        missing_field("ctx", "Attribute");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Attribute_kind;
    node->v.Attribute.value = value;
    node->v.Attribute.attr = attr;
    node->v.Attribute.ctx = ctx;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Subscript(expr_ty value, slice_ty slice, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (value == NULL) {
        missing_field("value", "Subscript");
        return NULL;
    }
    if (slice == NULL) {
        missing_field("slice", "Subscript");
        return NULL;
    }
    if (!ctx) {
        missing_field("ctx", "Subscript");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Subscript_kind;
    node->v.Subscript.value = value;
    node->v.Subscript.slice = slice;
    node->v.Subscript.ctx = ctx;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Name(identifier id, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (id == NULL) {
        missing_field("id", "Name");
        return NULL;
    }
    if (!ctx) {
        missing_field("ctx", "Name");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Name_kind;
    node->v.Name.id = id;
    node->v.Name.ctx = ctx;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_List(asdl_seq *elts, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (!ctx) {
        missing_field("ctx", "List");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = List_kind;
    node->v.List.elts = elts;
    node->v.List.ctx = ctx;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

expr_ty
_Py_Tuple(asdl_seq *elts, expr_context_ty ctx, int lineno, int col_offset, PyArena *arena)
{
    expr_ty node;
    if (!ctx) {
        missing_field("ctx", "Tuple");
        return NULL;
    }
    node = (expr_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Tuple_kind;
    node->v.Tuple.elts = elts;
    node->v.Tuple.ctx = ctx;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

slice_ty
_Py_Ellipsis(PyArena *arena)
{
    slice_ty node;
    node = (slice_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Ellipsis_kind;
    return node;
}

slice_ty
_Py_Slice(expr_ty lower, expr_ty upper, expr_ty step, PyArena *arena)
{
    slice_ty node;
    node = (slice_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Slice_kind;
    node->v.Slice.lower = lower;
    node->v.Slice.upper = upper;
    node->v.Slice.step = step;
    return node;
}

slice_ty
_Py_ExtSlice(asdl_seq *dims, PyArena *arena)
{
    slice_ty node;
    node = (slice_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = ExtSlice_kind;
    node->v.ExtSlice.dims = dims;
    return node;
}

slice_ty
_Py_Index(expr_ty value, PyArena *arena)
{
    slice_ty node;
    if (value == NULL) {
        missing_field("value", "Index");
        return NULL;
    }
    node = (slice_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->kind = Index_kind;
    node->v.Index.value = value;
    return node;
}

comprehension_ty
_Py_comprehension(expr_ty target, expr_ty iter, asdl_seq *ifs, PyArena *arena)
{
    comprehension_ty node;
    if (target == NULL) {
        missing_field("target", "comprehension");
        return NULL;
    }
    if (iter == NULL) {
        missing_field("iter", "comprehension");
        return NULL;
    }
    node = (comprehension_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->target = target;
    node->iter = iter;
    node->ifs = ifs;
    return node;
}

excepthandler_ty
_Py_excepthandler(expr_ty type, expr_ty name, asdl_seq *body, int lineno, int col_offset, PyArena *arena)
{
    excepthandler_ty node;
    node = (excepthandler_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->type = type;
    node->name = name;
    node->body = body;
    node->lineno = lineno;
    node->col_offset = col_offset;
    return node;
}

arguments_ty
_Py_arguments(asdl_seq *args, identifier vararg, identifier kwarg, asdl_seq *defaults, PyArena *arena)
{
    arguments_ty node;
    node = (arguments_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->args = args;
    node->vararg = vararg;
    node->kwarg = kwarg;
    node->defaults = defaults;
    return node;
}

keyword_ty
_Py_keyword(identifier arg, expr_ty value, PyArena *arena)
{
    keyword_ty node;
    if (arg == NULL) {
        missing_field("arg", "keyword");
        return NULL;
    }
    if (value == NULL) {
        missing_field("value", "keyword");
        return NULL;
    }
    node = (keyword_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->arg = arg;
    node->value = value;
    return node;
}

alias_ty
_Py_alias(identifier name, identifier asname, PyArena *arena)
{
    alias_ty node;
    if (name == NULL) {
        missing_field("name", "alias");
        return NULL;
    }
    node = (alias_ty)PyArena_Malloc(arena, sizeof(*node));
    if (node == NULL)
        return NULL;
    node->name = name;
    node->asname = asname;
    return node;
}
