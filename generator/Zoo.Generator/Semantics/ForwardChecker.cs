using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Ops;
using Zoo.Generator.Semantics.Shapes;

namespace Zoo.Generator.Semantics;

/// <summary>
/// Checks a spec's forward: the inputs (annotations before any other statement), every statement in its scope, the
/// shape annotations (checked now where they provably fail, and turned into run-time checks), and the returns (every
/// path returns, always the same number of tensors).
/// </summary>
internal sealed class ForwardChecker
{
    private readonly CheckerState state;
    private readonly ExpressionBinder binder;
    private readonly List<InputModel> inputs = new();
    private int? outputs;
    private int temporaries;

    public ForwardChecker(CheckerState state, ExpressionBinder binder)
    {
        this.state = state;
        this.binder = binder;
    }

    private ShapeInference Shapes => binder.ShapeInference;

    /// <summary>The inferred shapes of the first return's tensors (what the examples' outputs are checked against).</summary>
    public List<Shape?> ReturnShapes { get; } = new();

    public ForwardModel? Check()
    {
        var spec = state.Spec;
        var scope = new Scope(state.Members);
        var body = new List<BoundStmt>();
        var statements = spec.Forward;
        var first = 0;
        for (; first < statements.Count; first++)
        {
            if (statements[first] is not AnnotationStmt input || scope.Lookup(input.Name) is not null || NameRules.Builtins.Contains(input.Name)) break;
            var problem = NameRules.ProblemWithIdentifier(input.Name);
            if (problem is not null)
            {
                state.Report(DiagnosticKind.InvalidName, input.NameRange, input.Name, problem);
                break;
            }
            var symbol = new Symbol(SymbolKind.Input, input.Name, SpecType.Tensor, input.NameRange) { Used = true };
            scope.Declare(symbol);
            inputs.Add(new InputModel(input.Name, ExprPrinter.Print(input.Shape)));
            var check = BindShapeCheck(input.Name, "input " + input.Name, input.Shape, scope, null, input.Range);
            if (check is not null) body.Add(check);
        }
        if (inputs.Count == 0)
            state.Report(DiagnosticKind.InvalidForward, statements.Count > 0 ? statements[0].Range : spec.ForwardRange,
                "forward declares no input: start it with an annotation such as \"x: [B, channels, H, W]\"");
        else if (inputs.Count > 3)
            state.Report(DiagnosticKind.InvalidForward, statements[3].Range, "forward takes at most 3 inputs (torch.nn.Module<T1, T2, T3, TResult>)");

        var returns = BindBlock(statements.Skip(first).ToList(), scope, body);
        if (!returns)
            state.Report(DiagnosticKind.InvalidForward, statements.Count > 0 ? statements[statements.Count - 1].Range : spec.ForwardRange,
                "forward must end with a return (\"return y\"), on every path");
        if (outputs is > 4)
            state.Report(DiagnosticKind.InvalidForward, spec.ForwardRange, "forward returns at most 4 tensors");
        return new ForwardModel(inputs.ToEquatableArray(), outputs ?? 1, body.ToEquatableArray(), OutputShapes(spec));
    }

    private static EquatableArray<string> OutputShapes(SpecSyntax spec) =>
        (spec.Forward.OfType<ReturnStmt>().FirstOrDefault()?.Items.Select(i => i.Shape is null ? "" : ExprPrinter.Print(i.Shape))
         ?? Enumerable.Empty<string>()).ToEquatableArray();

    /// <summary>Binds a list of statements; true when it ends in a return on every path.</summary>
    private bool BindBlock(IReadOnlyList<Stmt> statements, Scope scope, List<BoundStmt> body)
    {
        var returned = false;
        foreach (var statement in statements)
        {
            if (returned)
            {
                state.Report(DiagnosticKind.InvalidForward, statement.Range, "this statement comes after a return and never runs: remove it or move the return");
                return true;
            }
            returned = BindStatement(statement, scope, body);
        }
        return returned;
    }

    private bool BindStatement(Stmt statement, Scope scope, List<BoundStmt> body)
    {
        switch (statement)
        {
            case AnnotationStmt annotation:
            {
                var symbol = scope.Lookup(annotation.Name);
                if (symbol is null)
                {
                    state.Report(DiagnosticKind.UndefinedName, annotation.NameRange, annotation.Name,
                        "inputs are declared by annotations before any other statement; later annotations check tensors assigned above");
                    return false;
                }
                if (symbol.Type.Kind != TypeKind.Tensor)
                {
                    state.Report(DiagnosticKind.TypeMismatch, annotation.NameRange, $"a shape annotation applies to a tensor, and '{annotation.Name}' is {symbol.Type.Display}");
                    return false;
                }
                symbol.Used = true;
                var check = BindShapeCheck(annotation.Name, annotation.Name, annotation.Shape, scope, symbol.Shape, annotation.Range);
                if (check is not null) body.Add(check);
                return false;
            }
            case AssignStmt assign:
                BindAssign(assign, scope, body);
                return false;
            case ReturnStmt ret:
                BindReturn(ret, scope, body);
                return true;
            case ExprStmt expression:
            {
                var value = binder.Bind(expression.Value, Section.Forward, scope);
                if (value.Type.IsError) return false;
                if (value.Type.Kind != TypeKind.Void)
                {
                    state.Report(DiagnosticKind.InvalidForward, expression.Range,
                        "this value is computed and dropped: assign it (\"y = ...\"), return it, or call something with an effect (\"xs.append(t)\")");
                    return false;
                }
                body.Add(new BoundExprStmt(value));
                return false;
            }
            case ForStmt loop:
                BindFor(loop, scope, body);
                return false;
            case IfStmt branch:
                return BindIf(branch, scope, body);
            default:
                return false;
        }
    }

    private void BindAssign(AssignStmt assign, Scope scope, List<BoundStmt> body)
    {
        var value = binder.Bind(assign.Value, Section.Forward, scope);
        var targets = assign.Targets;
        if (value.Type.IsError)
        {
            foreach (var target in targets) DeclarePoisoned(target, scope);
            return;
        }

        SpecType[] types;
        Shape?[] shapes;
        Dim?[] dims;
        if (targets.Count == 1)
        {
            if (!IsStorable(value.Type, assign.Value.Range)) return;
            types = new[] { value.Type };
            shapes = new[] { Shapes.ShapeOf(value) };
            dims = new[] { value.Type.Kind == TypeKind.Int ? Shapes.DimOf(value) : null };
        }
        else
        {
            var count = ItemCount(value);
            var element = value.Type.Kind switch
            {
                TypeKind.TensorList or TypeKind.TensorTuple => SpecType.Tensor,
                TypeKind.IntList => SpecType.Int,
                _ => null,
            };
            if (element is null)
            {
                state.Report(DiagnosticKind.TypeMismatch, assign.Value.Range, $"{targets.Count} names are assigned from {value.Type.Display}; only lists of tensors or ints, and modules with several outputs, unpack");
                return;
            }
            if (count is not null && count != targets.Count)
            {
                state.Report(DiagnosticKind.ShapeCannotHold, assign.Value.Range, $"this gives {count} values, and {targets.Count} names are assigned");
                return;
            }
            types = Enumerable.Repeat(element, targets.Count).ToArray();
            var shape = Shapes.ShapeOf(value is BoundCall { Function: var f } call && f.StartsWith("shape#", StringComparison.Ordinal) ? call.Arguments[0].Value : null);
            shapes = new Shape?[targets.Count];
            dims = Enumerable.Range(0, targets.Count).Select(i => element.Kind == TypeKind.Int && shape is not null ? shape.Dims[i] : (Dim?)null).ToArray();
        }

        var declares = new List<bool>();
        for (var i = 0; i < targets.Count; i++)
        {
            var declared = Assign(targets[i], types[i], shapes[i], dims[i], scope);
            if (declared is null) return;
            declares.Add(declared.Value);
        }
        body.Add(new BoundAssign(targets.Select(t => t.Name).ToEquatableArray(), declares.ToEquatableArray(), value));

        if (assign.Shape is not null)
        {
            if (targets.Count != 1 || types[0].Kind != TypeKind.Tensor)
            {
                state.Report(DiagnosticKind.TypeMismatch, assign.Shape.Range, "a shape annotation applies to one tensor");
                return;
            }
            var symbol = scope.Lookup(targets[0].Name)!;
            var check = BindShapeCheck(targets[0].Name, targets[0].Name, assign.Shape, scope, symbol.Shape, assign.Range);
            if (check is not null) body.Add(check);
        }
    }

    /// <summary>How many values a destructured value holds, when it can be known now.</summary>
    private int? ItemCount(BoundExpr value)
    {
        if (value.Type.Kind == TypeKind.TensorTuple) return value.Type.Outputs;
        if (value is BoundList list) return list.Items.Count;
        if (value is BoundCall call)
        {
            if (call.Function.StartsWith("chunk#", StringComparison.Ordinal) && call.Arguments[1].Value is BoundInt chunks) return (int)chunks.Value;
            if (call.Function.StartsWith("split#", StringComparison.Ordinal) && call.Arguments[1].Value is BoundList sizes) return sizes.Items.Count;
            if (call.Function.StartsWith("shape#", StringComparison.Ordinal)) return Shapes.ShapeOf(call.Arguments[0].Value)?.Rank;
        }
        return null;
    }

    private bool IsStorable(SpecType type, SourceRange range)
    {
        if (type.Kind is TypeKind.Tensor or TypeKind.Int or TypeKind.Float or TypeKind.Bool or TypeKind.IntList or TypeKind.FloatList or TypeKind.TensorList or TypeKind.TensorTuple)
        {
            if (!type.IsNullable) return true;
            state.Report(DiagnosticKind.MaybeNull, range, "this value", "give a fallback with ?? before storing it");
            return false;
        }
        state.Report(DiagnosticKind.TypeMismatch, range, $"forward values are tensors, numbers, bools and lists; {type.Display} cannot be stored in a name");
        return false;
    }

    /// <summary>Assigns or declares a local; true when this declares it, false when it reassigns, null after an error.</summary>
    private bool? Assign(AssignTarget target, SpecType type, Shape? shape, Dim? dim, Scope scope)
    {
        var existing = scope.Lookup(target.Name);
        if (existing is not null)
        {
            if (existing.Kind is not (SymbolKind.Local or SymbolKind.Input))
            {
                state.Report(DiagnosticKind.InvalidName, target.Range, target.Name,
                    $"it is a {KindNameOf(existing.Kind)} of the spec; forward gives its values other names");
                return null;
            }
            if (!ExpressionBinder.IsAssignable(type, existing.Type))
            {
                state.Report(DiagnosticKind.TypeMismatch, target.Range, $"'{target.Name}' is {existing.Type.Display}, and this assigns {type.Display}: use another name");
                return null;
            }
            existing.Shape = shape;
            existing.Reassigned = true;
            existing.Dim = null;
            return false;
        }
        var problem = NameRules.ProblemWithIdentifier(target.Name) ?? (NameRules.Builtins.Contains(target.Name) ? "it is a built-in name (training, inf, pi)" : null);
        if (problem is not null)
        {
            state.Report(DiagnosticKind.InvalidName, target.Range, target.Name, problem);
            return null;
        }
        if (scope.DeclaredInClosedChild(target.Name))
        {
            state.Report(DiagnosticKind.InvalidForward, target.Range,
                $"'{target.Name}' was first assigned inside a loop or if above, where it stays: assign it before that block to use one name for both");
            return null;
        }
        scope.Declare(new Symbol(SymbolKind.Local, target.Name, type, target.Range) { Shape = shape, Dim = dim, Used = true });
        return true;
    }

    private static string KindNameOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Child => "child",
        SymbolKind.Parameter => "parameter",
        SymbolKind.Buffer => "buffer",
        SymbolKind.Hyperparameter => "hyperparameter",
        SymbolKind.Let => "derived value",
        SymbolKind.Constant => "constant",
        SymbolKind.ShapeSymbol => "shape symbol (bound by an annotation)",
        SymbolKind.LoopVariable => "loop variable",
        _ => "name",
    };

    /// <summary>After a failed assignment: the target exists (no "undefined" echoes) but nothing is known about its value.</summary>
    private void DeclarePoisoned(AssignTarget target, Scope scope)
    {
        if (scope.Lookup(target.Name) is { } existing)
        {
            existing.Shape = null;
            existing.Dim = null;
            existing.Reassigned = true;
        }
        else if (NameRules.ProblemWithIdentifier(target.Name) is null)
        {
            scope.Declare(new Symbol(SymbolKind.Local, target.Name, SpecType.Error, target.Range) { Used = true });
        }
    }

    private void BindReturn(ReturnStmt ret, Scope scope, List<BoundStmt> body)
    {
        var values = new List<BoundExpr>();
        var failed = false;
        for (var i = 0; i < ret.Items.Count; i++)
        {
            var item = ret.Items[i];
            var value = binder.Bind(item.Value, Section.Forward, scope);
            if (value.Type.IsError || value.Type.Kind != TypeKind.Tensor)
            {
                if (!value.Type.IsError)
                    state.Report(DiagnosticKind.TypeMismatch, item.Value.Range, $"forward returns tensors, and this is {value.Type.Display}");
                if (outputs is null) ReturnShapes.Add(null); // keeps the count right for the examples' check
                failed = true;
                continue;
            }
            if (item.Shape is null)
            {
                if (outputs is null) ReturnShapes.Add(state.ConditionalDepth == 0 ? Shapes.ShapeOf(value) : null);
                values.Add(value);
                continue;
            }
            var temporary = "__output" + (temporaries++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            body.Add(new BoundAssign(EquatableArray.Of(temporary), EquatableArray.Of(true), value));
            var what = ret.Items.Count == 1 ? "output" : "output " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var check = BindShapeCheck(temporary, what, item.Shape, scope, Shapes.ShapeOf(value), item.Value.Range.To(item.Shape.Range), out var returned);
            if (outputs is null) ReturnShapes.Add(state.ConditionalDepth == 0 ? returned : null);
            if (check is not null) body.Add(check);
            values.Add(new BoundName(SymbolKind.Local, temporary, SpecType.Tensor));
        }
        if (outputs is null) outputs = ret.Items.Count;
        else if (outputs != ret.Items.Count)
        {
            state.Report(DiagnosticKind.InvalidForward, ret.Range, $"this returns {ret.Items.Count} tensors, and an earlier return {outputs}: every return gives the same number");
            failed = true;
        }
        if (!failed) body.Add(new BoundReturn(values.ToEquatableArray()));
    }

    private void BindFor(ForStmt loop, Scope scope, List<BoundStmt> body)
    {
        var start = loop.Start is null ? new BoundInt(0) : binder.Bind(loop.Start, Section.Forward, scope);
        var stop = binder.Bind(loop.Stop, Section.Forward, scope);
        var ok = true;
        foreach (var (bound, expr) in new[] { (start, loop.Start), (stop, (Expr?)loop.Stop) })
        {
            if (bound.Type.IsError) ok = false;
            else if (bound.Type.Kind != TypeKind.Int || bound.Type.IsNullable)
            {
                state.Report(DiagnosticKind.TypeMismatch, expr!.Range, $"range(...) takes ints, not {bound.Type.Display}");
                ok = false;
            }
        }
        var problem = NameRules.ProblemWithIdentifier(loop.Variable);
        if (problem is not null)
        {
            state.Report(DiagnosticKind.InvalidName, loop.VariableRange, loop.Variable, problem);
            ok = false;
        }
        else if (scope.Lookup(loop.Variable) is { } existing)
        {
            state.Report(DiagnosticKind.DuplicateName, loop.VariableRange, loop.Variable, $"as a {KindNameOf(existing.Kind)}");
            ok = false;
        }
        var before = Snapshot(scope);
        var inner = new Scope(scope);
        inner.Declare(new Symbol(SymbolKind.LoopVariable, loop.Variable, SpecType.Int, loop.VariableRange) { Used = true });
        var loopBody = new List<BoundStmt>();
        state.Conditionally(() => BindBlock(loop.Body, inner, loopBody));
        scope.Close(inner);
        Merge(scope, before, null);
        if (ok) body.Add(new BoundFor(loop.Variable, start, stop, loopBody.ToEquatableArray()));
    }

    private bool BindIf(IfStmt branch, Scope scope, List<BoundStmt> body)
    {
        var condition = binder.Bind(branch.Condition, Section.Forward, scope);
        var ok = !condition.Type.IsError;
        if (ok && (condition.Type.Kind != TypeKind.Bool || condition.Type.IsNullable))
        {
            state.Report(DiagnosticKind.TypeMismatch, branch.Condition.Range,
                condition.Type.Kind == TypeKind.Tensor
                    ? "an if needs a bool, and this is a tensor (the choice would differ per element): use where(condition, a, b)"
                    : $"an if needs a bool, not {condition.Type.Display}");
            ok = false;
        }
        var before = Snapshot(scope);
        var thenScope = ExpressionBinder.Narrowed(scope, branch.Condition, whenTrue: true);
        var thenBody = new List<BoundStmt>();
        var thenReturns = state.Conditionally(() => BindBlock(branch.Then, thenScope, thenBody));
        scope.Close(thenScope);
        var afterThen = Snapshot(scope);
        Restore(scope, before);
        var elseScope = ExpressionBinder.Narrowed(scope, branch.Condition, whenTrue: false);
        var elseBody = new List<BoundStmt>();
        var elseReturns = state.Conditionally(() => BindBlock(branch.Else, elseScope, elseBody));
        scope.Close(elseScope);
        Merge(scope, before, afterThen);
        if (ok) body.Add(new BoundIf(condition, thenBody.ToEquatableArray(), elseBody.ToEquatableArray()));
        return thenReturns && elseReturns;
    }

    // Shapes of outer tensors after a block: what the block leaves is joined with what was there before (a loop may
    // run zero times; an if runs one branch), keeping only the dims both agree on.
    private static Dictionary<Symbol, Shape?> Snapshot(Scope scope)
    {
        var result = new Dictionary<Symbol, Shape?>();
        for (var s = scope; s is not null; s = s.Parent)
            foreach (var symbol in s.Own)
                if (symbol.Kind is SymbolKind.Local or SymbolKind.Input && !result.ContainsKey(symbol)) result[symbol] = symbol.Shape;
        return result;
    }

    private static void Restore(Scope scope, Dictionary<Symbol, Shape?> snapshot)
    {
        foreach (var pair in snapshot) pair.Key.Shape = pair.Value;
    }

    private static void Merge(Scope scope, Dictionary<Symbol, Shape?> before, Dictionary<Symbol, Shape?>? other)
    {
        foreach (var pair in before)
        {
            var symbol = pair.Key;
            var a = pair.Value;
            var b = symbol.Shape;
            var c = other is not null && other.TryGetValue(symbol, out var o) ? o : a;
            symbol.Shape = Join(Join(a, b), c);
        }
    }

    private static Shape? Join(Shape? a, Shape? b)
    {
        if (ReferenceEquals(a, b)) return a;
        if (a is null || b is null || a.Rank != b.Rank) return null;
        return new Shape(a.Dims.Zip(b.Dims, (x, y) => x == y ? x : Dim.Unknown).ToArray());
    }

    // ---- shape annotations -----------------------------------------------------------------------------------

    /// <summary>
    /// Binds an annotation into a run-time check, checks it now against the inferred shape, and leaves the tensor with
    /// the annotated shape (new symbols such as B, H, W are declared as ints usable afterwards).
    /// </summary>
    private BoundShapeCheck? BindShapeCheck(string target, string what, ShapeSyntax shape, Scope scope, Shape? actual, SourceRange range) =>
        BindShapeCheck(target, what, shape, scope, actual, range, out _);

    private BoundShapeCheck? BindShapeCheck(string target, string what, ShapeSyntax shape, Scope scope, Shape? actual, SourceRange range, out Shape? result)
    {
        result = null;
        var dims = new List<BoundDimension>();
        var inferred = new List<Dim>();
        var ellipsis = -1;
        var ok = true;
        foreach (var dim in shape.Dimensions)
        {
            switch (dim)
            {
                case EllipsisExpr:
                    if (ellipsis >= 0)
                    {
                        state.Report(DiagnosticKind.TypeMismatch, dim.Range, "a shape has at most one '...'");
                        ok = false;
                    }
                    ellipsis = dims.Count;
                    break;
                case WildcardExpr:
                    dims.Add(new BoundDimension(DimensionKind.Any, "", null, "_"));
                    inferred.Add(Dim.Unknown);
                    break;
                case NameExpr name when scope.Lookup(name.Name) is null && !NameRules.Builtins.Contains(name.Name) && state.Index.Find(name.Name) is null:
                {
                    var problem = NameRules.ProblemWithIdentifier(name.Name);
                    if (problem is not null)
                    {
                        state.Report(DiagnosticKind.InvalidName, name.Range, name.Name, problem);
                        ok = false;
                        break;
                    }
                    if (scope.DeclaredInClosedChild(name.Name))
                    {
                        state.Report(DiagnosticKind.InvalidForward, name.Range, $"'{name.Name}' was bound inside a loop or if above, where it stays: bind it before that block");
                        ok = false;
                        break;
                    }
                    var symbol = new Symbol(SymbolKind.ShapeSymbol, name.Name, SpecType.Int, name.Range) { Used = true, Dim = Dim.Named(name.Name) };
                    scope.Declare(symbol);
                    dims.Add(new BoundDimension(DimensionKind.Bind, name.Name, null, name.Name));
                    inferred.Add(symbol.Dim);
                    break;
                }
                default:
                {
                    var value = binder.Bind(dim, Section.Forward, scope);
                    if (value.Type.IsError)
                    {
                        ok = false;
                        break;
                    }
                    if (value.Type.Kind != TypeKind.Int || value.Type.IsNullable)
                    {
                        state.Report(DiagnosticKind.TypeMismatch, dim.Range, $"a dimension is an int, not {value.Type.Display}");
                        ok = false;
                        break;
                    }
                    dims.Add(new BoundDimension(DimensionKind.Equal, "", value, ExprPrinter.Print(dim)));
                    inferred.Add(Shapes.DimOf(value));
                    break;
                }
            }
        }
        if (!ok) return null;

        var symbolOf = scope.Lookup(target);
        Shape? annotated = null;
        if (actual is not null)
        {
            if (ellipsis < 0 && actual.Rank != dims.Count)
            {
                state.Report(DiagnosticKind.ShapeCannotHold, range, $"{what} has {actual.Rank} dims {actual}, and the annotation {dims.Count}");
            }
            else if (ellipsis < 0 || actual.Rank >= dims.Count)
            {
                for (var i = 0; i < dims.Count; i++)
                {
                    var axis = ellipsis >= 0 && i >= ellipsis ? actual.Rank - (dims.Count - i) : i;
                    if (dims[i].Kind == DimensionKind.Bind)
                    {
                        // A new symbol names what is there (B of [B, C, H, W] is the input's first dim).
                        var symbol = scope.Lookup(dims[i].Symbol)!;
                        if (!actual.Dims[axis].IsUnknown) symbol.Dim = actual.Dims[axis];
                        inferred[i] = symbol.Dim!;
                        continue;
                    }
                    if (dims[i].Kind == DimensionKind.Any)
                    {
                        inferred[i] = actual.Dims[axis];
                        continue;
                    }
                    var why = Shapes.WhyDifferent(actual.Dims[axis], inferred[i]);
                    if (why is not null)
                        state.Report(DiagnosticKind.ShapeCannotHold, range, $"dim {axis} of {what} is {why} (inferred {actual}, annotated {ExprPrinter.Print(shape)})");
                }
            }
        }
        if (ellipsis < 0) annotated = new Shape(inferred);
        else if (actual is not null && actual.Rank >= dims.Count)
        {
            var middle = actual.Dims.Skip(ellipsis).Take(actual.Rank - dims.Count);
            annotated = new Shape(inferred.Take(ellipsis).Concat(middle).Concat(inferred.Skip(ellipsis)).ToArray());
        }
        if (symbolOf is not null) symbolOf.Shape = annotated;
        result = annotated;
        return new BoundShapeCheck(target, what, dims.ToEquatableArray(), ellipsis);
    }
}
