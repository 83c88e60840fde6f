using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Parsing;
using Zoo.Generator.Semantics.Ops;
using Zoo.Generator.Semantics.Shapes;

namespace Zoo.Generator.Semantics;

/// <summary>
/// Resolves and types the expressions of a spec: every name to a member, local, spec or op; every call to an op, a
/// layer, another spec, a block reference or a child module; every operator to its meaning for its operand types.
/// Reports what is wrong where it is written and returns an <see cref="BoundExpr"/> of type Error there, which later
/// checks accept silently (one mistake, one diagnostic). Shapes of tensor values are inferred alongside.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private readonly CheckerState state;
    private readonly ShapeInference shapes;

    public ExpressionBinder(CheckerState state)
    {
        this.state = state;
        shapes = new ShapeInference(state);
    }

    public ShapeInference ShapeInference => shapes;

    public BoundExpr Bind(Expr expr, Section section, Scope scope, SpecType? expected = null)
    {
        var bound = BindCore(expr, section, scope, expected);
        return bound;
    }

    private BoundExpr BindCore(Expr expr, Section section, Scope scope, SpecType? expected)
    {
        switch (expr)
        {
            case IntLiteral i:
                return expected is { Kind: TypeKind.Float } ? new BoundFloat(i.Value) : new BoundInt(i.Value);
            case FloatLiteral f:
                return new BoundFloat(f.Value);
            case BoolLiteral b:
                return new BoundBool(b.Value);
            case StringLiteral s:
                return BindString(s, expected);
            case NullLiteral:
                return new BoundNull(expected is { IsNullable: true } ? expected : SpecType.Null);
            case NameExpr n:
                return BindName(n, section, scope, expected);
            case UnaryExpr u:
                return BindUnary(u, section, scope);
            case BinaryExpr b:
                return BindBinary(b, section, scope);
            case TernaryExpr t:
                return BindTernary(t, section, scope, expected);
            case CallExpr c:
                return BindCall(c, section, scope, expected);
            case MemberExpr m:
                return BindMember(m, section, scope);
            case IndexExpr ix:
                return BindIndex(ix, section, scope);
            case ListExpr l:
                return BindList(l, section, scope, expected);
            case ComprehensionExpr c:
                return BindComprehension(c, section, scope);
            case SliceExpr or EllipsisExpr:
                return Error(expr.Range, DiagnosticKind.ExpressionSyntax, "slices and '...' are only allowed inside an index, such as x[:, 0] or x[..., 1:]");
            case WildcardExpr:
                return Error(expr.Range, DiagnosticKind.ExpressionSyntax, "'_' (any size) is only allowed as a dimension of a shape annotation");
            default:
                return Error(expr.Range, DiagnosticKind.ExpressionSyntax, "this expression is not supported here");
        }
    }

    // ---- literals and names ----------------------------------------------------------------------------------

    private BoundExpr BindString(StringLiteral s, SpecType? expected)
    {
        if (expected is { Kind: TypeKind.Enum } enumType)
        {
            if (enumType.EnumValues.Contains(s.Value)) return new BoundEnumValue(enumType.NonNullable, s.Value);
            return Error(s.Range, DiagnosticKind.ArgumentType, s.Value, "this enum", Suggestions.List(enumType.EnumValues, "'"), $"'{s.Value}'");
        }
        return new BoundString(s.Value);
    }

    private BoundExpr BindName(NameExpr n, Section section, Scope scope, SpecType? expected)
    {
        var symbol = scope.Lookup(n.Name);
        if (symbol is not null)
        {
            symbol.Used = true;
            if (section is Section.Let or Section.Value && symbol.Kind is SymbolKind.Child or SymbolKind.Parameter or SymbolKind.Buffer)
                return Error(n.Range, DiagnosticKind.TypeMismatch, $"'{n.Name}' is a {KindName(symbol.Kind)}; derived values, defaults and constraints are computed from hyperparameters, constants and other derived values");
            if (section == Section.Child && symbol.Kind == SymbolKind.Child)
                return Error(n.Range, DiagnosticKind.TypeMismatch, $"'{n.Name}' is another child: a module has one place in the tree (one state_dict key); create a new layer here instead");
            if (section == Section.Create && symbol.Kind is SymbolKind.Child or SymbolKind.Parameter or SymbolKind.Buffer)
                return Error(n.Range, DiagnosticKind.TypeMismatch, $"'{n.Name}' is a {KindName(symbol.Kind)}; an initial value is computed from hyperparameters and derived values");
            var type = symbol.Type.IsNullable && scope.IsNarrowed(n.Name) ? symbol.Type.NonNullable : symbol.Type;
            var owner = symbol.Kind == SymbolKind.Constant ? state.ClassClr : "";
            var bound = new BoundName(symbol.Kind, symbol.Name, type, owner);
            if (symbol.Shape is not null) state.Shapes[bound] = symbol.Shape;
            if (symbol.Dim is not null && !symbol.Reassigned && symbol.Type.Kind == TypeKind.Int) shapes.NamedDims[bound] = symbol.Dim;
            return bound;
        }

        switch (n.Name)
        {
            case "inf": return new BoundFloat(double.PositiveInfinity);
            case "pi": return new BoundFloat(Math.PI);
            case "training":
                return section == Section.Forward
                    ? new BoundName(SymbolKind.Hyperparameter, "training", SpecType.Bool, "builtin")
                    : Error(n.Range, DiagnosticKind.UndefinedName, "training", "it is only known in forward (whether the module is in training mode)");
        }

        if (state.Index.Find(n.Name) is { } spec)
        {
            if (section is Section.Value || expected is { Kind: TypeKind.Block })
                return new BoundBlockReference(spec.Clr, EquatableArray<BoundNamedArgument>.Empty, SpecType.BlockOf(spec.Name));
            return new BoundBlockReference(spec.Clr, EquatableArray<BoundNamedArgument>.Empty, new SpecType(TypeKind.Spec, Spec: spec.Name));
        }

        if (OpCatalog.Lookup(n.Name).Count > 0)
            return Error(n.Range, DiagnosticKind.TypeMismatch, $"'{n.Name}' is an op: call it, for example {OpCatalog.Lookup(n.Name)[0].Signature}");

        if ((section == Section.Value || expected is { Kind: TypeKind.Block }) && char.IsUpper(n.Name[0]))
        {
            var closest = Suggestions.DidYouMean(n.Name, state.Index.Names);
            return Error(n.Range, DiagnosticKind.UnknownSpec, n.Name,
                closest.Length > 0 ? closest : $"a block reference names a spec of this project ({Suggestions.List(state.Index.Names.OrderBy(x => x, StringComparer.Ordinal), "'")})");
        }
        var candidates = scope.VisibleNames().Concat(state.Index.Names).Concat(NameRules.Builtins);
        var hint = Suggestions.DidYouMean(n.Name, candidates);
        return Error(n.Range, DiagnosticKind.UndefinedName, n.Name, hint.Length > 0 ? hint : HintForUndefined(section));
    }

    private static string HintForUndefined(Section section) => section switch
    {
        Section.Forward => "define it by an assignment before this statement, or declare it as a hyperparameter, derived value, parameter, buffer or child",
        Section.Let => "derived values may use hyperparameters, constants and the derived values above them",
        _ => "declare it as a hyperparameter or a derived value (\"let\"), or name a spec that exists",
    };

    private static string KindName(SymbolKind kind) => kind switch
    {
        SymbolKind.Child => "child module",
        SymbolKind.Parameter => "parameter",
        SymbolKind.Buffer => "buffer",
        SymbolKind.Hyperparameter => "hyperparameter",
        SymbolKind.Let => "derived value",
        SymbolKind.Constant => "constant",
        SymbolKind.Input => "forward input",
        SymbolKind.ShapeSymbol => "shape symbol",
        SymbolKind.LoopVariable => "loop variable",
        _ => "local value",
    };

    // ---- operators -------------------------------------------------------------------------------------------

    private BoundExpr BindUnary(UnaryExpr u, Section section, Scope scope)
    {
        var operand = Bind(u.Operand, section, scope);
        var type = operand.Type;
        if (type.IsError) return operand;
        if (CheckNotNull(operand, u.Operand.Range, scope)) return ErrorValue;
        switch (u.Operator)
        {
            case "-":
            case "+":
                if (type.IsNumber || type.Kind == TypeKind.Tensor)
                {
                    var result = new BoundUnary(u.Operator, operand, type.NonNullable);
                    shapes.Same(result, operand);
                    return result;
                }
                break;
            case "!":
                if (type.Kind == TypeKind.Bool) return new BoundUnary("!", operand, SpecType.Bool);
                break;
        }
        return Error(u.Range, DiagnosticKind.TypeMismatch, $"'{u.Operator}' does not apply to {type.Display}");
    }

    private BoundExpr BindBinary(BinaryExpr b, Section section, Scope scope)
    {
        if (b.Operator == "&&" || b.Operator == "||")
        {
            var leftBool = Bind(b.Left, section, scope);
            // "x != null && x.y" : the right side sees x narrowed.
            var rightScope = b.Operator == "&&" ? Narrowed(scope, b.Left, whenTrue: true) : Narrowed(scope, b.Left, whenTrue: false);
            var rightBool = Bind(b.Right, section, rightScope);
            if (leftBool.Type.IsError || rightBool.Type.IsError) return ErrorValue;
            if (leftBool.Type.Kind != TypeKind.Bool || rightBool.Type.Kind != TypeKind.Bool)
                return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, $"'{b.Operator}' needs two bools, not {leftBool.Type.Display} and {rightBool.Type.Display}");
            return new BoundBinary(b.Operator, leftBool, rightBool, SpecType.Bool);
        }

        var left = Bind(b.Left, section, scope);
        // Only an enum gives its right side a type to expect ('paper' becomes the enum member); null stays null.
        var right = Bind(b.Right, section, scope, left.Type.Kind == TypeKind.Enum ? left.Type : left.Type.Kind == TypeKind.FloatList ? SpecType.FloatList : null);
        if (left.Type.IsError || right.Type.IsError) return ErrorValue;
        var lt = left.Type;
        var rt = right.Type;

        if (b.Operator == "??")
        {
            if (!lt.IsNullable || lt.Kind == TypeKind.Null)
                return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, $"'??' needs an optional value on its left, and {lt.Display} is never null");
            var joined = Join(lt.NonNullable, rt);
            if (joined is null)
                return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, $"'??' joins {lt.Display} and {rt.Display}, which have no common type");
            return new BoundBinary("??", left, right, joined);
        }

        if (b.Operator is "==" or "!=")
        {
            if (lt.Kind == TypeKind.Null || rt.Kind == TypeKind.Null)
            {
                var other = lt.Kind == TypeKind.Null ? rt : lt;
                if (!other.IsNullable)
                    return Error(b.Range, DiagnosticKind.TypeMismatch, $"{other.Display} is never null: this comparison is always {(b.Operator == "==" ? "false" : "true")}");
                return new BoundBinary(b.Operator, left, right, SpecType.Bool);
            }
            if (CheckNotNull(left, b.Left.Range, scope) || CheckNotNull(right, b.Right.Range, scope)) return ErrorValue;
            if (lt.Kind == TypeKind.Tensor || rt.Kind == TypeKind.Tensor)
            {
                var result = new BoundBinary(b.Operator, left, right, SpecType.Tensor);
                shapes.Broadcast(result, left, right, b.Range);
                return result;
            }
            var comparable = (lt.IsNumber && rt.IsNumber) || (lt.Kind == rt.Kind && lt.Kind is TypeKind.Bool or TypeKind.String)
                || (lt.Kind == TypeKind.Enum && rt.Kind == TypeKind.Enum && lt.Clr == rt.Clr);
            if (!comparable)
                return Error(b.Range, DiagnosticKind.TypeMismatch, $"cannot compare {lt.Display} with {rt.Display}");
            return new BoundBinary(b.Operator, left, right, SpecType.Bool);
        }

        if (CheckNotNull(left, b.Left.Range, scope) || CheckNotNull(right, b.Right.Range, scope)) return ErrorValue;

        if (lt.Kind == TypeKind.Tensor || rt.Kind == TypeKind.Tensor)
        {
            var tensorOk = (lt.Kind == TypeKind.Tensor || lt.IsNumber) && (rt.Kind == TypeKind.Tensor || rt.IsNumber);
            if (!tensorOk || b.Operator is "//" or "%")
                return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, $"'{b.Operator}' does not apply to {lt.Display} and {rt.Display}");
            if (b.Operator == "@")
            {
                if (lt.Kind != TypeKind.Tensor || rt.Kind != TypeKind.Tensor)
                    return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, "'@' multiplies two tensors");
                var product = new BoundBinary("@", left, right, SpecType.Tensor);
                shapes.MatMul(product, left, right, b.Range);
                return product;
            }
            if (b.Operator == "**" && rt.Kind == TypeKind.Tensor && lt.Kind != TypeKind.Tensor)
                return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, "a number raised to a tensor power is not supported; write exp(log(base) * t)");
            var result = new BoundBinary(b.Operator, left, right, SpecType.Tensor);
            shapes.Broadcast(result, left, right, b.Range);
            return result;
        }

        if (b.Operator == "+" && lt.Kind == rt.Kind && lt.Kind is TypeKind.IntList or TypeKind.FloatList or TypeKind.TensorList)
            return new BoundBinary("+", left, right, lt);

        if (b.Operator is "<" or "<=" or ">" or ">=")
        {
            if (!lt.IsNumber || !rt.IsNumber)
                return Error(b.Range, DiagnosticKind.TypeMismatch, $"'{b.Operator}' compares numbers, not {lt.Display} and {rt.Display}");
            return new BoundBinary(b.Operator, left, right, SpecType.Bool);
        }

        if (!lt.IsNumber || !rt.IsNumber)
            return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, $"'{b.Operator}' does not apply to {lt.Display} and {rt.Display}");
        if (b.Operator == "@")
            return Error(b.OperatorRange, DiagnosticKind.TypeMismatch, "'@' multiplies two tensors; use '*' for numbers");
        var bothInt = lt.Kind == TypeKind.Int && rt.Kind == TypeKind.Int;
        var type = b.Operator switch
        {
            "/" => SpecType.Float,
            "**" => bothInt && right is BoundInt { Value: >= 0 } ? SpecType.Int : SpecType.Float,
            _ => bothInt ? SpecType.Int : SpecType.Float,
        };
        return new BoundBinary(b.Operator, left, right, type);
    }

    private BoundExpr BindTernary(TernaryExpr t, Section section, Scope scope, SpecType? expected)
    {
        var condition = Bind(t.Condition, section, scope);
        var whenTrue = state.Conditionally(() => Bind(t.WhenTrue, section, Narrowed(scope, t.Condition, whenTrue: true), expected));
        var whenFalse = state.Conditionally(() => Bind(t.WhenFalse, section, Narrowed(scope, t.Condition, whenTrue: false), expected));
        if (condition.Type.IsError || whenTrue.Type.IsError || whenFalse.Type.IsError) return ErrorValue;
        if (condition.Type.Kind != TypeKind.Bool || condition.Type.IsNullable)
            return Error(t.Condition.Range, DiagnosticKind.TypeMismatch,
                condition.Type.Kind == TypeKind.Tensor
                    ? "the condition of '?:' must be a bool; for an element-wise choice between tensors use where(condition, a, b)"
                    : $"the condition of '?:' must be a bool, not {condition.Type.Display}");
        var type = Join(whenTrue.Type, whenFalse.Type);
        if (type is null)
            return Error(t.Range, DiagnosticKind.TypeMismatch, $"the branches of '?:' have no common type ({whenTrue.Type.Display} and {whenFalse.Type.Display})");
        var result = new BoundTernary(condition, whenTrue, whenFalse, type);
        shapes.Either(result, whenTrue, whenFalse);
        return result;
    }

    /// <summary>The scope a branch sees when <paramref name="condition"/> is true (or false): names compared with null narrowed.</summary>
    public static Scope Narrowed(Scope scope, Expr condition, bool whenTrue)
    {
        var narrowed = new Scope(scope);
        Collect(condition, whenTrue, narrowed.NonNull);
        return narrowed;

        static void Collect(Expr e, bool truth, HashSet<string> into)
        {
            switch (e)
            {
                case BinaryExpr { Operator: "!=" or "==" } b when b.Left is NameExpr name && b.Right is NullLiteral:
                    if ((b.Operator == "!=") == truth) into.Add(name.Name);
                    break;
                case BinaryExpr { Operator: "!=" or "==" } b when b.Right is NameExpr name && b.Left is NullLiteral:
                    if ((b.Operator == "!=") == truth) into.Add(name.Name);
                    break;
                case BinaryExpr { Operator: "&&" } b when truth:
                    Collect(b.Left, true, into);
                    Collect(b.Right, true, into);
                    break;
                case BinaryExpr { Operator: "||" } b when !truth:
                    Collect(b.Left, false, into);
                    Collect(b.Right, false, into);
                    break;
                case UnaryExpr { Operator: "!" } u:
                    Collect(u.Operand, !truth, into);
                    break;
            }
        }
    }

    /// <summary>The common type of two branches (int and float join to float; null joins to optional), or null.</summary>
    public static SpecType? Join(SpecType a, SpecType b)
    {
        if (a.IsError) return b;
        if (b.IsError) return a;
        if (a.Kind == TypeKind.Null) return b.Kind == TypeKind.Null ? a : CanBeNull(b) ? b.AsNullable : null;
        if (b.Kind == TypeKind.Null) return CanBeNull(a) ? a.AsNullable : null;
        var nullable = a.IsNullable || b.IsNullable;
        var x = a.NonNullable;
        var y = b.NonNullable;
        SpecType? joined = null;
        if (x == y) joined = x;
        else if (x.IsNumber && y.IsNumber) joined = SpecType.Float;
        else if (x.Kind == TypeKind.Module && y.Kind == TypeKind.Module && x.Inputs == y.Inputs && x.Outputs == y.Outputs && x.Inputs == 1 && x.Outputs == 1)
            joined = SpecType.Module(OpCatalog.ModuleClr);
        else if (x.Kind is TypeKind.Block or TypeKind.Spec && y.Kind is TypeKind.Block or TypeKind.Spec)
            joined = x.Signature is not null ? x : y.Signature is not null ? y : SpecType.Block(TypeMapper.EmptySignature, false);
        else if (x.Kind == TypeKind.IntList && y.Kind == TypeKind.IntList) joined = x;
        return joined is null ? null : nullable ? joined.AsNullable : joined;
    }

    private static bool CanBeNull(SpecType type) => type.Kind is TypeKind.Module or TypeKind.Block or TypeKind.Int or TypeKind.Float or TypeKind.IntList or TypeKind.FloatList or TypeKind.Bool;

    /// <summary>Reports (and returns true) when an optional value is used where null would fail.</summary>
    private bool CheckNotNull(BoundExpr value, SourceRange range, Scope scope)
    {
        if (!value.Type.IsNullable || value.Type.IsError) return false;
        var name = value is BoundName n ? n.Name : "this value";
        var fix = value.Type.Kind is TypeKind.Module or TypeKind.Block
            ? $"check it first: {name} != null ? ... : ..."
            : $"give a fallback with ??, for example ({name} ?? 0)";
        state.Report(DiagnosticKind.MaybeNull, range, name, fix);
        return true;
    }

    // ---- errors and assignability ----------------------------------------------------------------------------

    public static readonly BoundExpr ErrorValue = new BoundNull(SpecType.Error);

    private BoundExpr Error(SourceRange range, DiagnosticKind kind, params string[] arguments)
    {
        state.Report(kind, range, arguments);
        return ErrorValue;
    }

    /// <summary>Whether a value of type <paramref name="from"/> can be given where <paramref name="to"/> is expected.</summary>
    public static bool IsAssignable(SpecType from, SpecType to)
    {
        if (from.IsError || to.IsError) return true;
        if (from.Kind == TypeKind.Null) return to.IsNullable;
        if (from.IsNullable && !to.IsNullable) return false;
        var f = from.NonNullable;
        var t = to.NonNullable;
        return t.Kind switch
        {
            TypeKind.Float => f.Kind is TypeKind.Int or TypeKind.Float,
            TypeKind.Int or TypeKind.Bool or TypeKind.String or TypeKind.IntList or TypeKind.Tensor or TypeKind.TensorList => f.Kind == t.Kind,
            TypeKind.FloatList => f.Kind is TypeKind.FloatList,
            TypeKind.Enum => f.Kind == TypeKind.Enum && f.Clr == t.Clr,
            TypeKind.Module => f.Kind == TypeKind.Module && (f.Clr == t.Clr || (t.Clr == OpCatalog.ModuleClr && f.Inputs == 1 && f.Outputs == 1)),
            TypeKind.Block => f.Kind is TypeKind.Block or TypeKind.Spec,
            _ => f == t,
        };
    }
}
