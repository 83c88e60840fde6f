namespace Zoo.Generator.Model;

// The statements of a spec's "forward" (and "init") list.

internal abstract record Stmt(SourceRange Range);

/// <summary>
/// <c>x: [B, channels, H, W]</c>. Before any other statement, on a new name, it declares an input; later, on an existing
/// tensor, it asserts that tensor's shape. Either way it is checked when the spec is compiled and at run time.
/// </summary>
internal sealed record AnnotationStmt(string Name, SourceRange NameRange, ShapeSyntax Shape, SourceRange Range) : Stmt(Range);

/// <summary><c>a = expr</c>, <c>q, k, v = chunk(t, 3, dim: 1)</c>, <c>y = f(x): [B, C, H, W]</c>.</summary>
internal sealed record AssignStmt(EquatableArray<AssignTarget> Targets, Expr Value, ShapeSyntax? Shape, SourceRange Range) : Stmt(Range);

internal sealed record AssignTarget(string Name, SourceRange Range);

/// <summary><c>return y</c>, <c>return y: [B, C, H, W]</c>, <c>return a, b</c>.</summary>
internal sealed record ReturnStmt(EquatableArray<ReturnItem> Items, SourceRange Range) : Stmt(Range);

internal sealed record ReturnItem(Expr Value, ShapeSyntax? Shape);

/// <summary>A call evaluated for its effect: <c>skips.append(m)</c>, <c>zeros_(proj.weight)</c>.</summary>
internal sealed record ExprStmt(Expr Value, SourceRange Range) : Stmt(Range);

/// <summary><c>{ "for": "i in range(n)", "do": [...] }</c>.</summary>
internal sealed record ForStmt(string Variable, SourceRange VariableRange, Expr? Start, Expr Stop, EquatableArray<Stmt> Body, SourceRange Range) : Stmt(Range);

/// <summary><c>{ "if": "condition", "then": [...], "else": [...] }</c>.</summary>
internal sealed record IfStmt(Expr Condition, EquatableArray<Stmt> Then, EquatableArray<Stmt> Else, SourceRange Range) : Stmt(Range);
