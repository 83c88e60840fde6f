namespace Zoo.Generator.Model;

// The syntax of the small expression language written inside spec strings ("max(channels // reduction, 8)",
// "softmax(bmm(q, k), dim: -1)"). Every node records where it was written, so any later check can point at the exact
// column. Records compare by value, which is what the incremental pipeline needs.

internal abstract record Expr(SourceRange Range);

internal sealed record IntLiteral(long Value, SourceRange Range) : Expr(Range);

internal sealed record FloatLiteral(double Value, SourceRange Range) : Expr(Range);

internal sealed record BoolLiteral(bool Value, SourceRange Range) : Expr(Range);

internal sealed record StringLiteral(string Value, SourceRange Range) : Expr(Range);

internal sealed record NullLiteral(SourceRange Range) : Expr(Range);

/// <summary>A name: a hyperparameter, derived value, child, tensor, loop variable, shape symbol, spec or op.</summary>
internal sealed record NameExpr(string Name, SourceRange Range) : Expr(Range);

/// <summary><c>-x</c>, <c>+x</c>, <c>!x</c>.</summary>
internal sealed record UnaryExpr(string Operator, Expr Operand, SourceRange Range) : Expr(Range);

/// <summary><c>+ - * / // % ** @ == != &lt; &lt;= &gt; &gt;= &amp;&amp; || ??</c>.</summary>
internal sealed record BinaryExpr(string Operator, SourceRange OperatorRange, Expr Left, Expr Right, SourceRange Range) : Expr(Range);

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record TernaryExpr(Expr Condition, Expr WhenTrue, Expr WhenFalse, SourceRange Range) : Expr(Range);

/// <summary><c>callee(positional, ..., name: value, ...)</c>.</summary>
internal sealed record CallExpr(Expr Callee, EquatableArray<Argument> Arguments, SourceRange Range) : Expr(Range);

internal sealed record Argument(string? Name, SourceRange NameRange, Expr Value);

/// <summary><c>target.member</c> (a tensor method such as <c>x.view(...)</c>, <c>x.shape</c>, a block's constant).</summary>
internal sealed record MemberExpr(Expr Target, string Member, SourceRange MemberRange, SourceRange Range) : Expr(Range);

/// <summary><c>target[i]</c>, <c>target[:, 0, 1:3]</c>.</summary>
internal sealed record IndexExpr(Expr Target, EquatableArray<Expr> Indices, SourceRange Range) : Expr(Range);

/// <summary><c>start:stop:step</c> inside an index; each part may be left out.</summary>
internal sealed record SliceExpr(Expr? Start, Expr? Stop, Expr? Step, SourceRange Range) : Expr(Range);

/// <summary><c>...</c>: in an index, every remaining dimension; in a shape, any number of dimensions.</summary>
internal sealed record EllipsisExpr(SourceRange Range) : Expr(Range);

/// <summary><c>_</c> in a shape: one dimension of any size.</summary>
internal sealed record WildcardExpr(SourceRange Range) : Expr(Range);

/// <summary><c>[a, b, c]</c>.</summary>
internal sealed record ListExpr(EquatableArray<Expr> Items, SourceRange Range) : Expr(Range);

/// <summary><c>[body for variable in range(start, stop)]</c>: a list built by repetition (start defaults to 0).</summary>
internal sealed record ComprehensionExpr(Expr Body, string Variable, SourceRange VariableRange, Expr? Start, Expr Stop, SourceRange Range) : Expr(Range);

/// <summary>A shape annotation <c>[B, channels, H, W]</c>; dimensions are expressions, <c>_</c> or <c>...</c>.</summary>
internal sealed record ShapeSyntax(EquatableArray<Expr> Dimensions, SourceRange Range);
