using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Semantics.Shapes;

/// <summary>
/// Infers the shapes of forward's tensors from the inputs' annotations, op by op and layer by layer, as symbolic dims
/// (B, channels, (H + 2) // 2 ...). Where a rule shows that a shape cannot be what an annotation, a layer or an op
/// needs — for every configuration (different constants) or for one of the spec's examples (its concrete values) —
/// it reports ZOO015 at the expression. Where it does not know, it stays silent: the run-time checks remain.
/// </summary>
internal sealed partial class ShapeInference
{
    private readonly CheckerState state;

    public ShapeInference(CheckerState state) => this.state = state;

    /// <summary>Dims of int-valued bound expressions that are names with a known dim (shape symbols, int locals).</summary>
    public Dictionary<BoundExpr, Dim> NamedDims { get; } = new(ReferenceEqualityComparer.Instance);

    public Shape? ShapeOf(BoundExpr? expr) => expr is not null && state.Shapes.TryGetValue(expr, out var shape) ? shape : null;

    private void Set(BoundExpr result, Shape? shape)
    {
        if (shape is not null) state.Shapes[result] = shape;
    }

    public void Same(BoundExpr result, BoundExpr operand) => Set(result, ShapeOf(operand));

    public void Either(BoundExpr result, BoundExpr a, BoundExpr b)
    {
        var x = ShapeOf(a);
        var y = ShapeOf(b);
        if (x is null || y is null || x.Rank != y.Rank) return;
        Set(result, new Shape(x.Dims.Zip(y.Dims, (p, q) => p == q ? p : Dim.Unknown).ToArray()));
    }

    // ---- dims of int expressions -----------------------------------------------------------------------------

    /// <summary>The dim an int expression stands for, in the spec's names (Unknown when it cannot be followed).</summary>
    public Dim DimOf(BoundExpr? expr)
    {
        switch (expr)
        {
            case null: return Dim.Unknown;
            case BoundInt i: return Dim.Const(i.Value);
            case BoundName n when NamedDims.TryGetValue(n, out var named): return named;
            case BoundName { Kind: SymbolKind.Hyperparameter or SymbolKind.Let or SymbolKind.ShapeSymbol } n when n.Type.Kind == TypeKind.Int && !n.Type.IsNullable && n.Owner != "builtin":
                return Dim.Named(n.Name);
            case BoundName { Kind: SymbolKind.Constant } n when n.Owner == state.ClassClr && n.Type.Kind == TypeKind.Int:
                return Dim.Named(n.Name);
            case BoundBinary b when b.Type.Kind == TypeKind.Int && b.Operator is "+" or "-" or "*" or "//" or "%":
                return Dim.Binary(b.Operator, DimOf(b.Left), DimOf(b.Right));
            case BoundUnary { Operator: "-" } u when u.Type.Kind == TypeKind.Int:
                return Dim.Sub(Dim.Const(0), DimOf(u.Operand));
            case BoundCall c when c.Function.StartsWith("size#", StringComparison.Ordinal):
            {
                var shape = ShapeOf(Argument(c, "input"));
                var axis = Literal(Argument(c, "dim"));
                return shape is not null && axis is not null && shape.Axis(axis.Value) is { } a ? shape.Dims[a] : Dim.Unknown;
            }
            case BoundIndex { Items.Count: 1 } ix when ix.Type.Kind == TypeKind.Int && ix.Target is BoundCall shapeCall && shapeCall.Function.StartsWith("shape#", StringComparison.Ordinal):
            {
                var shape = ShapeOf(Argument(shapeCall, "input"));
                var axis = Literal(ix.Items[0].Value);
                return shape is not null && axis is not null && shape.Axis(axis.Value) is { } a ? shape.Dims[a] : Dim.Unknown;
            }
            default:
                return Dim.Unknown;
        }
    }

    // ---- the "cannot hold" check -----------------------------------------------------------------------------

    /// <summary>
    /// Why <paramref name="actual"/> cannot equal <paramref name="expected"/>: different constants, or different values
    /// under one of the examples. Null when they may be equal (or it cannot be known).
    /// </summary>
    public string? WhyDifferent(Dim actual, Dim expected)
    {
        if (actual.IsUnknown || expected.IsUnknown || actual == expected) return null;
        if (actual.Constant is { } a && expected.Constant is { } e) return a != e ? $"{a}, not {e}" : null;
        // W against W - 2: the difference is a constant other than 0, whatever the sizes are.
        if (Dim.Sub(actual, expected).Constant is { } difference && difference != 0) return $"{actual}, not {expected} (they always differ by {Math.Abs(difference)})";
        foreach (var example in state.ApplicableExamples)
        {
            var va = actual.Evaluate(example.Values);
            var ve = expected.Evaluate(example.Values);
            if (va is not null && ve is not null && va != ve)
                return $"{Describe(actual, va.Value)}, not {Describe(expected, ve.Value)} (in example {example.Label})";
        }
        return null;
    }

    private static string Describe(Dim dim, long value) => dim.Constant is not null ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{value} ({dim})";

    /// <summary>Reports (ZOO015) when a dim of a shape provably differs from what is needed; true when it did.</summary>
    public bool Require(Dim actual, Dim expected, string what, SourceRange range)
    {
        var why = WhyDifferent(actual, expected);
        if (why is null) return false;
        state.Report(DiagnosticKind.ShapeCannotHold, range, $"{what} is {why}");
        return true;
    }

    // ---- element-wise and products ---------------------------------------------------------------------------

    public void Broadcast(BoundExpr result, BoundExpr left, BoundExpr right, SourceRange range)
    {
        var x = left.Type.Kind == TypeKind.Tensor ? ShapeOf(left) : Shape.Of();
        var y = right.Type.Kind == TypeKind.Tensor ? ShapeOf(right) : Shape.Of();
        Set(result, BroadcastShapes(x, y, range));
    }

    private Shape? BroadcastShapes(Shape? x, Shape? y, SourceRange range)
    {
        if (x is null || y is null) return null;
        var rank = Math.Max(x.Rank, y.Rank);
        var dims = new Dim[rank];
        for (var i = 0; i < rank; i++)
        {
            var a = i < rank - x.Rank ? Dim.Const(1) : x.Dims[i - (rank - x.Rank)];
            var b = i < rank - y.Rank ? Dim.Const(1) : y.Dims[i - (rank - y.Rank)];
            if (a.Constant == 1) dims[i] = b;
            else if (b.Constant == 1) dims[i] = a;
            else if (a == b) dims[i] = a;
            else
            {
                var why = WhyDifferentAndNotOne(a, b);
                if (why is not null)
                {
                    state.Report(DiagnosticKind.ShapeCannotHold, range, $"the operands do not broadcast: dim {i} is {why} (shapes {x} and {y})");
                    return null;
                }
                dims[i] = Dim.Unknown;
            }
        }
        return new Shape(dims);
    }

    private string? WhyDifferentAndNotOne(Dim a, Dim b)
    {
        if (a.Constant is { } p && b.Constant is { } q) return p != q && p != 1 && q != 1 ? $"{p} against {q}" : null;
        foreach (var example in state.ApplicableExamples)
        {
            var va = a.Evaluate(example.Values);
            var vb = b.Evaluate(example.Values);
            if (va is not null && vb is not null && va != vb && va != 1 && vb != 1) return $"{va} against {vb} (in example {example.Label})";
        }
        return null;
    }

    public void MatMul(BoundExpr result, BoundExpr left, BoundExpr right, SourceRange range)
    {
        var x = ShapeOf(left);
        var y = ShapeOf(right);
        if (x is null || y is null || x.Rank < 2 || y.Rank < 2) return;
        Require(y.Dims[y.Rank - 2], x.Dims[x.Rank - 1], "the inner dimension of the matrix product", range);
        var batchX = new Shape(x.Dims.Take(x.Rank - 2).ToArray());
        var batchY = new Shape(y.Dims.Take(y.Rank - 2).ToArray());
        var batch = BroadcastShapes(batchX, batchY, range);
        if (batch is null) return;
        Set(result, new Shape(batch.Dims.Concat(new[] { x.Dims[x.Rank - 2], y.Dims[y.Rank - 1] }).ToArray()));
    }

    // ---- indexing --------------------------------------------------------------------------------------------

    public void Index(BoundExpr result, BoundExpr target, IReadOnlyList<BoundIndexItem> items)
    {
        var shape = ShapeOf(target);
        if (shape is null) return;
        var consumed = items.Count(i => i.Kind is IndexItemKind.Single or IndexItemKind.Slice);
        if (consumed > shape.Rank) return;
        var dims = new List<Dim>();
        var axis = 0;
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case IndexItemKind.Single:
                    axis++;
                    break;
                case IndexItemKind.Slice:
                    var full = item.Start is null && item.Stop is null && item.Step is null;
                    dims.Add(full ? shape.Dims[axis] : Dim.Unknown);
                    axis++;
                    break;
                case IndexItemKind.NewAxis:
                    dims.Add(Dim.Const(1));
                    break;
                case IndexItemKind.Ellipsis:
                    var skip = shape.Rank - consumed;
                    for (var k = 0; k < skip; k++) dims.Add(shape.Dims[axis++]);
                    break;
            }
        }
        while (axis < shape.Rank) dims.Add(shape.Dims[axis++]);
        Set(result, new Shape(dims));
    }

    // ---- reading op arguments --------------------------------------------------------------------------------

    private static BoundExpr? Argument(BoundCall call, string name) => call.Arguments.FirstOrDefault(a => a.Name == name)?.Value;

    private static long? Literal(BoundExpr? expr) => expr switch
    {
        BoundInt i => i.Value,
        BoundUnary { Operator: "-", Operand: BoundInt i } => -i.Value,
        _ => null,
    };

    private static bool? BoolLiteral(BoundExpr? expr) => expr is BoundBool b ? b.Value : null;

    /// <summary>The literal ints of an Ints argument (an int, or a list literal of ints); null if any is not literal.</summary>
    private static IReadOnlyList<long>? Literals(BoundExpr? expr)
    {
        if (expr is BoundList list)
        {
            var values = list.Items.Select(Literal).ToList();
            return values.All(v => v is not null) ? values.Select(v => v!.Value).ToList() : null;
        }
        return Literal(expr) is { } single ? new[] { single } : null;
    }

    /// <summary>The dims of an Ints argument (int or list), symbolic where needed.</summary>
    private IReadOnlyList<Dim>? Dims(BoundExpr? expr) => expr switch
    {
        null => null,
        BoundList list => list.Items.Select(DimOf).ToList(),
        _ when expr.Type.Kind == TypeKind.Int => new[] { DimOf(expr) },
        _ => null,
    };

    private static Dim Product(IEnumerable<Dim> dims) => dims.Aggregate(Dim.Const(1), Dim.Mul);

    /// <summary>Output size of a convolution or pooling window along one dim: (n + 2p - d(k - 1) - 1) // s + 1.</summary>
    private static Dim Window(Dim n, Dim kernel, Dim stride, Dim padding, Dim dilation)
    {
        var span = Dim.Add(Dim.Mul(dilation, Dim.Sub(kernel, Dim.Const(1))), Dim.Const(1));
        return Dim.Add(Dim.FloorDiv(Dim.Sub(Dim.Add(n, Dim.Mul(Dim.Const(2), padding)), span), stride), Dim.Const(1));
    }
}
