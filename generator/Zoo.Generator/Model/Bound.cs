namespace Zoo.Generator.Model;

// The checked, position-free form of a spec's expressions and statements: every name resolved, every call matched
// to an op, a layer or a spec, every value typed. The emitter turns it into C#. Because it holds no positions, an
// edit that only moves text (whitespace, reordered lines of another section) leaves it equal, and the generated file
// is not rewritten.

internal enum SymbolKind
{
    Hyperparameter,
    Constant,
    Let,
    Parameter,
    Buffer,
    Child,
    Local,
    LoopVariable,
    ShapeSymbol,
    Input,
}

internal abstract record BoundExpr(SpecType Type);

internal sealed record BoundInt(long Value) : BoundExpr(SpecType.Int);

internal sealed record BoundFloat(double Value) : BoundExpr(SpecType.Float);

internal sealed record BoundBool(bool Value) : BoundExpr(SpecType.Bool);

internal sealed record BoundString(string Value) : BoundExpr(SpecType.String);

internal sealed record BoundNull(SpecType NullType) : BoundExpr(NullType);

/// <summary>An enum hyperparameter's value: the C# enum type and member.</summary>
internal sealed record BoundEnumValue(SpecType EnumType, string Value) : BoundExpr(EnumType);

/// <summary>A resolved name. <see cref="Owner"/> is the C# class of a constant.</summary>
internal sealed record BoundName(SymbolKind Kind, string Name, SpecType NameType, string Owner = "") : BoundExpr(NameType);

internal sealed record BoundUnary(string Operator, BoundExpr Operand, SpecType ResultType) : BoundExpr(ResultType);

internal sealed record BoundBinary(string Operator, BoundExpr Left, BoundExpr Right, SpecType ResultType) : BoundExpr(ResultType);

internal sealed record BoundTernary(BoundExpr Condition, BoundExpr WhenTrue, BoundExpr WhenFalse, SpecType ResultType) : BoundExpr(ResultType);

/// <summary>A call of a built-in op or layer; arguments in the op's parameter order, null where left to the default.</summary>
internal sealed record BoundCall(string Function, EquatableArray<BoundArgument> Arguments, SpecType ResultType) : BoundExpr(ResultType);

/// <summary>An argument of a built-in call (absent = the op's default).</summary>
internal sealed record BoundArgument(string Name, BoundExpr? Value);

/// <summary><c>new OtherSpec(name: value, ...)</c>.</summary>
internal sealed record BoundNewSpec(string Clr, EquatableArray<BoundNamedArgument> Arguments, SpecType ResultType) : BoundExpr(ResultType);

internal sealed record BoundNamedArgument(string Name, BoundExpr Value);

/// <summary>A block reference with some hyperparameters fixed: <c>Se.Block(reduction: 16)</c>.</summary>
internal sealed record BoundBlockReference(string Clr, EquatableArray<BoundNamedArgument> Arguments, SpecType ResultType) : BoundExpr(ResultType);

/// <summary>Completing a block reference at its use site: <c>attention.Create(channels: c)</c>.</summary>
internal sealed record BoundCreateBlock(BoundExpr Factory, EquatableArray<BoundNamedArgument> Arguments, SpecType ResultType) : BoundExpr(ResultType);

/// <summary>A constant of the spec a block reference names: <c>block.expansion</c>.</summary>
internal sealed record BoundBlockConstant(BoundExpr Factory, string Constant, SpecType ConstantType) : BoundExpr(ConstantType);

/// <summary>Running a child module (or a module taken from a list): <c>conv.call(x)</c>.</summary>
internal sealed record BoundModuleCall(BoundExpr Module, EquatableArray<BoundExpr> Inputs, SpecType ResultType) : BoundExpr(ResultType);

/// <summary>A list literal of ints, floats, tensors or modules.</summary>
internal sealed record BoundList(EquatableArray<BoundExpr> Items, SpecType ListType) : BoundExpr(ListType);

/// <summary><c>[body for variable in range(start, stop)]</c>.</summary>
internal sealed record BoundComprehension(string Variable, BoundExpr Start, BoundExpr Stop, BoundExpr Body, SpecType ListType) : BoundExpr(ListType);

/// <summary>Indexing a tensor (with slices), an int list, a tensor list, a module list or a tuple.</summary>
internal sealed record BoundIndex(BoundExpr Target, EquatableArray<BoundIndexItem> Items, SpecType ResultType) : BoundExpr(ResultType);

internal enum IndexItemKind
{
    Single,
    Slice,
    Ellipsis,
    NewAxis,
}

internal sealed record BoundIndexItem(IndexItemKind Kind, BoundExpr? Value, BoundExpr? Start, BoundExpr? Stop, BoundExpr? Step);

/// <summary>The parameter of a child, by its state_dict path below this module (<c>W[1].weight</c> → "W.1.weight").</summary>
internal sealed record BoundTensorPath(string Path) : BoundExpr(SpecType.Tensor);

// ---- statements ---------------------------------------------------------------------------------------------

internal abstract record BoundStmt;

/// <summary>Assignment; <see cref="Declares"/> says, per target, whether this is its first assignment (a C# declaration).</summary>
internal sealed record BoundAssign(EquatableArray<string> Targets, EquatableArray<bool> Declares, BoundExpr Value) : BoundStmt;

internal sealed record BoundReturn(EquatableArray<BoundExpr> Values) : BoundStmt;

internal sealed record BoundExprStmt(BoundExpr Value) : BoundStmt;

internal sealed record BoundFor(string Variable, BoundExpr Start, BoundExpr Stop, EquatableArray<BoundStmt> Body) : BoundStmt;

internal sealed record BoundIf(BoundExpr Condition, EquatableArray<BoundStmt> Then, EquatableArray<BoundStmt> Else) : BoundStmt;

/// <summary>
/// A run-time shape check: <see cref="Target"/> is checked against <see cref="Dimensions"/>; symbols seen for the first
/// time are declared from the actual shape. <see cref="What"/> names it in the message ("input x", "output", "attn").
/// </summary>
internal sealed record BoundShapeCheck(string Target, string What, EquatableArray<BoundDimension> Dimensions, int EllipsisIndex) : BoundStmt;

internal enum DimensionKind
{
    /// <summary>Any size (<c>_</c>).</summary>
    Any,
    /// <summary>A shape symbol seen for the first time: declared from the actual size.</summary>
    Bind,
    /// <summary>A size that must equal a value (an expression, or a symbol bound before).</summary>
    Equal,
}

internal sealed record BoundDimension(DimensionKind Kind, string Symbol, BoundExpr? Expected, string Display);
