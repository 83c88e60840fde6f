using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Ops;

namespace Zoo.Generator.Semantics.Shapes;

internal sealed partial class ShapeInference
{
    /// <summary>The shape a child produces from its inputs: by its layer's rule, or by the annotations of the spec it is.</summary>
    public void ModuleCall(BoundModuleCall result, BoundExpr module, IReadOnlyList<BoundExpr> inputs, SourceRange range)
    {
        if (module is not BoundName { Kind: SymbolKind.Child } child) return;
        var construction = state.Members.Lookup(child.Name)?.Construction;
        if (construction is null || inputs.Count == 0) return;
        var shapes = inputs.Select(ShapeOf).ToList();
        Set(result, Apply(construction, shapes, range, child.Name));
    }

    private Shape? Apply(BoundExpr construction, IReadOnlyList<Shape?> inputs, SourceRange range, string name)
    {
        switch (construction)
        {
            case BoundCall layer when OpCatalog.Find(layer.Function) is { IsLayer: true } op:
                return inputs.Count == 1 ? ApplyLayer(op, layer, inputs[0], range, name) : null;
            case BoundNewSpec spec when spec.Type.Spec is not null && state.Index.Find(spec.Type.Spec) is { } callee:
                return ApplySpec(callee, spec, inputs, range, name);
            case BoundTernary choice:
            {
                var a = state.Conditionally(() => Apply(choice.WhenTrue, inputs, range, name));
                var b = state.Conditionally(() => Apply(choice.WhenFalse, inputs, range, name));
                return a is not null && b is not null && a.Rank == b.Rank
                    ? new Shape(a.Dims.Zip(b.Dims, (x, y) => x == y ? x : Dim.Unknown).ToArray())
                    : null;
            }
            default:
                return null;
        }
    }

    private Shape? ApplyLayer(OpDefinition op, BoundCall layer, Shape? input, SourceRange range, string name)
    {
        if (input is null) return null;
        // A pair-sized argument gives the height's size (index 0) or the width's (index 1).
        Dim Arg(string parameter, long fallback, int index = 0) => Argument(layer, parameter) switch
        {
            null => Dim.Const(fallback),
            BoundList { Items.Count: 2 } pair => DimOf(pair.Items[index]),
            { Type.Kind: TypeKind.IntList } => Dim.Unknown,
            var v => DimOf(v),
        };
        switch (op.Shape)
        {
            case "same":
                return input;
            case "conv1d":
            case "conv2d":
            {
                var spatial = op.Shape == "conv2d" ? 2 : 1;
                if (input.Rank != spatial + 2)
                {
                    state.Report(DiagnosticKind.ShapeCannotHold, range, $"'{name}' ({op.Name}) takes a {spatial + 2}-d input [N, C, {(spatial == 2 ? "H, W" : "L")}], and gets {input}");
                    return null;
                }
                if (Require(input.Dims[1], Arg("in_channels", 0), $"the channel dim of the input of '{name}' (its in_channels)", range)) return null;
                var dims = new List<Dim> { input.Dims[0], Arg("out_channels", 0) };
                for (var i = 2; i < input.Rank; i++)
                {
                    var axis = i - 2;
                    dims.Add(Window(input.Dims[i], Arg("kernel_size", 1, axis), Arg("stride", 1, axis), Arg("padding", 0, axis), Arg("dilation", 1, axis)));
                }
                return new Shape(dims);
            }
            case "linear":
            {
                if (input.Rank == 0) return null;
                if (Require(input.Dims[input.Rank - 1], Arg("in_features", 0), $"the last dim of the input of '{name}' (its in_features)", range)) return null;
                return input.With(input.Rank - 1, Arg("out_features", 0));
            }
            case "batchnorm":
            case "groupnorm":
            {
                if (input.Rank < 2) return input;
                var parameter = op.Shape == "batchnorm" ? "num_features" : "num_channels";
                Require(input.Dims[1], Arg(parameter, 0), $"the channel dim of the input of '{name}' (its {parameter})", range);
                return input;
            }
            case "layernorm":
            {
                var normalized = Dims(Argument(layer, "normalized_shape"));
                if (normalized is null || normalized.Count > input.Rank) return input;
                for (var i = 0; i < normalized.Count; i++)
                    Require(input.Dims[input.Rank - normalized.Count + i], normalized[i], $"dim {input.Rank - normalized.Count + i} of the input of '{name}' (its normalized_shape)", range);
                return input;
            }
            case "pool_layer":
            {
                if (input.Rank < 3 || BoolLiteral(Argument(layer, "ceil_mode")) == true) return null;
                var dims = input.Dims.Take(input.Rank - 2).ToList();
                for (var axis = 0; axis < 2; axis++)
                {
                    var k = Arg("kernel_size", 1, axis);
                    var s = Argument(layer, "stride") is null or { Type.Kind: TypeKind.Null } ? k : Arg("stride", 1, axis);
                    dims.Add(Window(input.Dims[input.Rank - 2 + axis], k, s, Arg("padding", 0, axis), Arg("dilation", 1, axis)));
                }
                return new Shape(dims);
            }
            case "adaptive_pool_layer":
            {
                if (input.Rank < 3) return null;
                return new Shape(input.Dims.Take(input.Rank - 2).Concat(new[] { Arg("output_size", 1, 0), Arg("output_size", 1, 1) }).ToArray());
            }
            case "flatten_layer":
                return Flatten(input, Literal(Argument(layer, "start_dim")) ?? 1, Literal(Argument(layer, "end_dim")) ?? -1);
            case "upsample":
            {
                if (input.Rank < 3) return null;
                var size = Dims(Argument(layer, "size"));
                var spatial = input.Rank - 2;
                var dims = size is not null && (size.Count == spatial || size.Count == 1)
                    ? Enumerable.Range(0, spatial).Select(i => size.Count == 1 ? size[0] : size[i])
                    : Enumerable.Repeat(Dim.Unknown, spatial);
                return new Shape(input.Dims.Take(2).Concat(dims).ToArray());
            }
            case "sequential":
            {
                if (Argument(layer, "modules") is not BoundList modules) return null;
                var shape = input;
                foreach (var item in modules.Items)
                {
                    var constructions = item switch
                    {
                        BoundList list when item.Type.Kind == TypeKind.ModuleList => list.Items,
                        _ when item.Type.Kind == TypeKind.Module => (IReadOnlyList<BoundExpr>)new[] { item },
                        _ => null,
                    };
                    if (constructions is null) return null;
                    foreach (var construction in constructions)
                    {
                        shape = Apply(construction, new[] { shape }, range, name);
                        if (shape is null) return null;
                    }
                }
                return shape;
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// The output of another spec, from its annotations: its hyperparameters become the caller's arguments, its shape
    /// symbols (B, H, W) the caller's dims; its input annotation is checked and its return annotation gives the result.
    /// </summary>
    private Shape? ApplySpec(SpecSignature callee, BoundNewSpec construction, IReadOnlyList<Shape?> inputs, SourceRange range, string name)
    {
        var values = new Dictionary<string, Dim>();
        foreach (var h in callee.Hyperparameters)
        {
            var given = construction.Arguments.FirstOrDefault(a => a.Name == h.Name.Value)?.Value;
            values[h.Name.Value] = given is not null ? DimOf(given) : h.Default is IntLiteral literal ? Dim.Const(literal.Value) : Dim.Unknown;
        }
        foreach (var c in callee.Constants)
            values[c.Name.Value] = c.Value is IntLiteral literal ? Dim.Const(literal.Value) : Dim.Unknown;
        foreach (var l in callee.Lets)
            values[l.Name.Value] = ToDim(l.Value, n => values.TryGetValue(n, out var v) ? v : null);

        var symbols = new Dictionary<string, Dim>();
        Dim? Lookup(string n) => values.TryGetValue(n, out var v) ? v : symbols.TryGetValue(n, out var s) ? s : null;

        for (var i = 0; i < callee.Inputs.Count && i < inputs.Count; i++)
        {
            var annotation = callee.Inputs[i].Shape;
            var actual = inputs[i];
            if (annotation is null || actual is null || annotation.Dimensions.Any(d => d is EllipsisExpr)) continue;
            if (annotation.Dimensions.Count != actual.Rank)
            {
                state.Report(DiagnosticKind.ShapeCannotHold, range,
                    $"'{name}' ({callee.Name}) takes its input {callee.Inputs[i].Name} with {annotation.Dimensions.Count} dims, and gets {actual}");
                return null;
            }
            for (var d = 0; d < actual.Rank; d++)
            {
                var dim = annotation.Dimensions[d];
                if (dim is WildcardExpr) continue;
                if (dim is NameExpr symbol && !values.ContainsKey(symbol.Name))
                {
                    if (!symbols.TryGetValue(symbol.Name, out var seen)) symbols[symbol.Name] = actual.Dims[d];
                    else if (Require(actual.Dims[d], seen, $"dim {d} of the input of '{name}' ({callee.Name} names it {symbol.Name}, as an earlier dim)", range)) return null;
                    continue;
                }
                if (Require(actual.Dims[d], ToDim(dim, Lookup), $"dim {d} of the input of '{name}' ({callee.Name} wants {DimText(dim)})", range)) return null;
            }
        }

        var output = callee.Outputs.Count == 1 ? callee.Outputs[0].Shape : null;
        if (output is null || output.Dimensions.Any(d => d is EllipsisExpr)) return null;
        return new Shape(output.Dimensions.Select(d => d is WildcardExpr ? Dim.Unknown : ToDim(d, Lookup)).ToArray());
    }

    /// <summary>An (unbound) expression of another spec as a dim, names looked up by <paramref name="lookup"/>.</summary>
    public static Dim ToDim(Expr expr, System.Func<string, Dim?> lookup) => expr switch
    {
        IntLiteral i => Dim.Const(i.Value),
        NameExpr n => lookup(n.Name) ?? Dim.Unknown,
        BinaryExpr { Operator: "+" or "-" or "*" or "//" or "%" } b => Dim.Binary(b.Operator, ToDim(b.Left, lookup), ToDim(b.Right, lookup)),
        UnaryExpr { Operator: "-" } u => Dim.Sub(Dim.Const(0), ToDim(u.Operand, lookup)),
        _ => Dim.Unknown,
    };

    private static string DimText(Expr expr) => ToDim(expr, n => Dim.Named(n)).ToString();
}
