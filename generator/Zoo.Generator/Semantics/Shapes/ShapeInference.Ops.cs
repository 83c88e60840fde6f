using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Semantics.Shapes;

internal sealed partial class ShapeInference
{
    /// <summary>The shape of a forward op's result, by the op's shape rule.</summary>
    public void Call(BoundCall call, OpDefinition op, SourceRange range)
    {
        if (op.IsLayer || op.Shape is null) return;
        var input = ShapeOf(Argument(call, "input"));
        switch (op.Shape)
        {
            case "same":
                Set(call, input);
                return;
            case "broadcast":
                Broadcast(call, Argument(call, "input")!, Argument(call, "other")!, range);
                return;
            case "broadcast3":
            {
                var shape = BroadcastShapes(ShapeOf(Argument(call, "input")), ShapeOf(Argument(call, "other")), range);
                Set(call, BroadcastShapes(shape, ShapeOf(Argument(call, "condition")), range));
                return;
            }
            case "reduce":
                Set(call, Reduce(input, Argument(call, "dim"), BoolLiteral(Argument(call, "keepdim")) ?? false, Argument(call, "keepdim") is null));
                return;
            case "view":
                Set(call, View(input, Argument(call, "shape")));
                return;
            case "permute":
            {
                var order = Literals(Argument(call, "dims"));
                if (input is null || order is null || order.Count != input.Rank) return;
                var axes = order.Select(o => input.Axis(o)).ToList();
                if (axes.Any(a => a is null) || axes.Distinct().Count() != axes.Count) return;
                Set(call, new Shape(axes.Select(a => input.Dims[a!.Value]).ToArray()));
                return;
            }
            case "transpose":
            {
                var a = Literal(Argument(call, "dim0"));
                var b = Literal(Argument(call, "dim1"));
                if (input is null || a is null || b is null || input.Axis(a.Value) is not { } x || input.Axis(b.Value) is not { } y) return;
                var dims = input.Dims.ToArray();
                (dims[x], dims[y]) = (dims[y], dims[x]);
                Set(call, new Shape(dims));
                return;
            }
            case "flatten":
                Set(call, Flatten(input, Literal(Argument(call, "start_dim")) ?? 0, Literal(Argument(call, "end_dim")) ?? -1));
                return;
            case "unflatten":
            {
                var axis = Literal(Argument(call, "dim"));
                var sizes = Dims(Argument(call, "sizes"));
                if (input is null || axis is null || sizes is null || input.Axis(axis.Value) is not { } at) return;
                Set(call, new Shape(input.Dims.Take(at).Concat(sizes).Concat(input.Dims.Skip(at + 1)).ToArray()));
                return;
            }
            case "unsqueeze":
            {
                var axis = Literal(Argument(call, "dim"));
                if (input is null || axis is null) return;
                var at = axis.Value < 0 ? axis.Value + input.Rank + 1 : axis.Value;
                if (at < 0 || at > input.Rank) return;
                var dims = input.Dims.ToList();
                dims.Insert((int)at, Dim.Const(1));
                Set(call, new Shape(dims));
                return;
            }
            case "squeeze":
            {
                if (input is null) return;
                var axis = Literal(Argument(call, "dim"));
                if (axis is null)
                {
                    if (Argument(call, "dim") is null && input.Dims.All(d => d.Constant is not null))
                        Set(call, new Shape(input.Dims.Where(d => d.Constant != 1).ToArray()));
                    return;
                }
                if (input.Axis(axis.Value) is not { } at) return;
                var size = input.Dims[at].Constant;
                if (size == 1) Set(call, new Shape(input.Dims.Where((_, i) => i != at).ToArray()));
                else if (size is not null) Set(call, input);
                return;
            }
            case "expand":
            {
                var sizes = Dims(Argument(call, "shape"));
                if (sizes is null || input is null || sizes.Count < input.Rank) return;
                var offset = sizes.Count - input.Rank;
                Set(call, new Shape(sizes.Select((d, i) => d.Constant == -1 && i >= offset ? input.Dims[i - offset] : d).ToArray()));
                return;
            }
            case "as_other":
                Set(call, ShapeOf(Argument(call, "other")));
                return;
            case "narrow":
            {
                var axis = Literal(Argument(call, "dim"));
                if (input is null || axis is null || input.Axis(axis.Value) is not { } at) return;
                Set(call, input.With(at, DimOf(Argument(call, "length"))));
                return;
            }
            case "select":
            {
                var axis = Literal(Argument(call, "dim"));
                if (input is null || axis is null || input.Axis(axis.Value) is not { } at) return;
                Set(call, new Shape(input.Dims.Where((_, i) => i != at).ToArray()));
                return;
            }
            case "index_select":
            {
                var axis = Literal(Argument(call, "dim"));
                var index = ShapeOf(Argument(call, "index"));
                if (index is not null && index.Rank != 1)
                {
                    state.Report(Diagnostics.DiagnosticKind.ShapeCannotHold, range, $"index_select takes a 1-d index, and gets {index}");
                    return;
                }
                if (input is null || axis is null || index is null || input.Axis(axis.Value) is not { } at) return;
                Set(call, input.With(at, index.Dims[0]));
                return;
            }
            case "cat":
            case "stack":
            {
                if (Argument(call, "tensors") is not BoundList list) return;
                var parts = list.Items.Select(ShapeOf).ToList();
                if (parts.Count == 0 || parts.Any(p => p is null) || parts.Any(p => p!.Rank != parts[0]!.Rank)) return;
                var first = parts[0]!;
                var axis = Literal(Argument(call, "dim")) ?? 0;
                if (op.Shape == "stack")
                {
                    var at = axis < 0 ? axis + first.Rank + 1 : axis;
                    if (at < 0 || at > first.Rank) return;
                    var dims = first.Dims.ToList();
                    dims.Insert((int)at, Dim.Const(parts.Count));
                    Set(call, new Shape(dims));
                    return;
                }
                if (first.Axis(axis) is not { } along) return;
                for (var p = 1; p < parts.Count; p++)
                    for (var d = 0; d < first.Rank; d++)
                        if (d != along && Require(parts[p]!.Dims[d], first.Dims[d], $"dim {d} of tensor {p} of cat (it must match tensor 0 except along dim {along})", range))
                            return;
                Set(call, first.With(along, parts.Select(p => p!.Dims[along]).Aggregate(Dim.Add)));
                return;
            }
            case "matmul":
                MatMul(call, Argument(call, "input")!, Argument(call, "other")!, range);
                return;
            case "bmm":
            case "mm":
            {
                var x = input;
                var y = ShapeOf(Argument(call, "other"));
                var rank = op.Shape == "bmm" ? 3 : 2;
                if (x is null || y is null) return;
                if (x.Rank != rank || y.Rank != rank)
                {
                    state.Report(Diagnostics.DiagnosticKind.ShapeCannotHold, range, $"{op.Name} multiplies {rank}-d tensors, and gets {x} and {y}");
                    return;
                }
                Require(y.Dims[rank - 2], x.Dims[rank - 1], $"the inner dimension of {op.Name}", range);
                if (rank == 3) Require(y.Dims[0], x.Dims[0], $"the batch dimension of {op.Name}", range);
                Set(call, rank == 3 ? Shape.Of(x.Dims[0], x.Dims[1], y.Dims[2]) : Shape.Of(x.Dims[0], y.Dims[1]));
                return;
            }
            case "adaptive_pool":
            {
                var size = Dims(Argument(call, "output_size"));
                if (input is null || size is null || input.Rank < 2) return;
                var h = size[0];
                var w = size.Count > 1 ? size[1] : size[0];
                Set(call, new Shape(input.Dims.Take(input.Rank - 2).Concat(new[] { h, w }).ToArray()));
                return;
            }
            case "pool":
            {
                if (input is null || input.Rank < 2) return;
                var k = Dims(Argument(call, "kernel_size"));
                if (k is null) return;
                var s = Dims(Argument(call, "stride")) ?? k;
                var p = Dims(Argument(call, "padding")) ?? new[] { Dim.Const(0) };
                Dim At(IReadOnlyList<Dim> d, int i) => d.Count > 1 ? d[i] : d[0];
                var h = Window(input.Dims[input.Rank - 2], At(k, 0), At(s, 0), At(p, 0), Dim.Const(1));
                var w = Window(input.Dims[input.Rank - 1], At(k, 1), At(s, 1), At(p, 1), Dim.Const(1));
                Set(call, new Shape(input.Dims.Take(input.Rank - 2).Concat(new[] { h, w }).ToArray()));
                return;
            }
            case "interpolate":
            {
                if (input is null || input.Rank < 3) return;
                var size = Dims(Argument(call, "size"));
                var spatial = input.Rank - 2;
                var dims = size is not null && (size.Count == spatial || size.Count == 1)
                    ? Enumerable.Range(0, spatial).Select(i => size.Count == 1 ? size[0] : size[i])
                    : Enumerable.Repeat(Dim.Unknown, spatial);
                if (size is null && Argument(call, "size") is not null) return;
                Set(call, new Shape(input.Dims.Take(2).Concat(dims).ToArray()));
                return;
            }
            case "eye":
            {
                var n = DimOf(Argument(call, "n"));
                Set(call, Shape.Of(n, n));
                return;
            }
            case "arange":
                Set(call, Shape.Of(DimOf(Argument(call, "end"))));
                return;
            case "create":
            {
                var sizes = Dims(Argument(call, "size"));
                if (sizes is not null) Set(call, new Shape(sizes.ToArray()));
                return;
            }
        }
    }

    private static Shape? Reduce(Shape? input, BoundExpr? dimArgument, bool keepdim, bool keepdimAbsent)
    {
        if (input is null) return null;
        if (dimArgument is null) return keepdimAbsent ? Shape.Of() : null;
        var axes = Literals(dimArgument);
        if (axes is null) return null;
        var normalized = axes.Select(a => input.Axis(a)).ToList();
        if (normalized.Any(a => a is null)) return null;
        var set = new HashSet<int>(normalized.Select(a => a!.Value));
        return keepdim
            ? new Shape(input.Dims.Select((d, i) => set.Contains(i) ? Dim.Const(1) : d).ToArray())
            : new Shape(input.Dims.Where((_, i) => !set.Contains(i)).ToArray());
    }

    private Shape? View(Shape? input, BoundExpr? sizesArgument)
    {
        if (sizesArgument is not BoundList list) return null;
        var sizes = list.Items.Select(DimOf).ToList();
        var inferred = sizes.Count(s => s.Constant == -1);
        if (inferred > 1) return null;
        if (inferred == 1)
        {
            var known = sizes.Where(s => s.Constant != -1).ToList();
            var fill = input is not null && input.Dims.All(d => !d.IsUnknown) && known.All(d => !d.IsUnknown)
                ? Dim.FloorDiv(Product(input.Dims), Product(known))
                : Dim.Unknown;
            sizes = sizes.Select(s => s.Constant == -1 ? Simplify(fill, input) : s).ToList();
        }
        return new Shape(sizes);
    }

    /// <summary>(B * C * H * W) // (B * C) is H * W: cancels the factors a view's -1 divides by, when they match.</summary>
    private static Dim Simplify(Dim fill, Shape? input)
    {
        if (fill is not BinaryDim { Operator: "//" } division || input is null) return fill;
        var numerator = Factors(division.Left);
        var denominator = Factors(division.Right);
        foreach (var factor in denominator.ToList())
        {
            var at = numerator.IndexOf(factor);
            if (at < 0) return fill;
            numerator.RemoveAt(at);
            denominator.Remove(factor);
        }
        return denominator.Count == 0 ? Product(numerator) : fill;
    }

    private static List<Dim> Factors(Dim dim) => dim is BinaryDim { Operator: "*" } product
        ? Factors(product.Left).Concat(Factors(product.Right)).ToList()
        : new List<Dim> { dim };

    private static Shape? Flatten(Shape? input, long start, long end)
    {
        if (input is null) return null;
        if (input.Rank == 0) return Shape.Of(Dim.Const(1));
        if (input.Axis(start) is not { } s || input.Axis(end) is not { } e || s > e) return null;
        var merged = Product(input.Dims.Skip(s).Take(e - s + 1));
        return new Shape(input.Dims.Take(s).Concat(new[] { merged }).Concat(input.Dims.Skip(e + 1)).ToArray());
    }
}
