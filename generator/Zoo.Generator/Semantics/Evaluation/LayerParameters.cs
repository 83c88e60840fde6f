using System.Collections.Generic;
using System.Linq;

namespace Zoo.Generator.Semantics.Evaluation;

/// <summary>
/// How many learnable parameters a binding layer has, from its arguments — PyTorch's own formulas (weights and
/// biases; BatchNorm's running statistics are buffers and do not count).
/// </summary>
internal static class LayerParameters
{
    /// <summary>Null when the count cannot be known from these arguments (or the arguments are invalid).</summary>
    public static long? Count(string layer, IReadOnlyDictionary<string, Value> args)
    {
        try
        {
            checked
            {
                switch (layer)
                {
                    case "Conv1d":
                    case "Conv2d":
                    {
                        var cin = Int(args, "in_channels");
                        var cout = Int(args, "out_channels");
                        var groups = Int(args, "groups") ?? 1;
                        var bias = Bool(args, "bias") ?? true;
                        // A square kernel k (k·k weights per filter in 2-D), or a [height, width] pair.
                        long? window = args.TryGetValue("kernel_size", out var kernel) ? kernel switch
                        {
                            IntValue k => layer == "Conv2d" ? k.Value * k.Value : k.Value,
                            ListValue { Items.Count: 2 } pair when layer == "Conv2d" && pair.Items[0] is IntValue h && pair.Items[1] is IntValue w => h.Value * w.Value,
                            _ => null,
                        } : null;
                        if (cin is null || cout is null || window is null || groups <= 0 || cin % groups != 0 || cout % groups != 0) return null;
                        return cout.Value * (cin.Value / groups) * window.Value + (bias ? cout.Value : 0);
                    }
                    case "Linear":
                    {
                        var cin = Int(args, "in_features");
                        var cout = Int(args, "out_features");
                        var bias = Bool(args, "bias") ?? true;
                        if (cin is null || cout is null) return null;
                        return cin.Value * cout.Value + (bias ? cout.Value : 0);
                    }
                    case "BatchNorm1d":
                    case "BatchNorm2d":
                    {
                        var n = Int(args, "num_features");
                        return n is null ? null : (Bool(args, "affine") ?? true) ? 2 * n.Value : 0;
                    }
                    case "GroupNorm":
                    {
                        var n = Int(args, "num_channels");
                        return n is null ? null : (Bool(args, "affine") ?? true) ? 2 * n.Value : 0;
                    }
                    case "LayerNorm":
                    {
                        if (!args.TryGetValue("normalized_shape", out var shape)) return null;
                        long elements;
                        if (shape is IntValue single) elements = single.Value;
                        else if (shape is ListValue list && list.Items.All(i => i is IntValue))
                            elements = list.Items.Aggregate(1L, (n, i) => n * ((IntValue)i).Value);
                        else return null;
                        return (Bool(args, "elementwise_affine") ?? true) ? 2 * elements : 0;
                    }
                    default:
                        return 0;
                }
            }
        }
        catch (System.OverflowException)
        {
            return null;
        }
    }

    private static long? Int(IReadOnlyDictionary<string, Value> args, string name) =>
        args.TryGetValue(name, out var v) && v is IntValue i ? i.Value : null;

    private static bool? Bool(IReadOnlyDictionary<string, Value> args, string name) =>
        args.TryGetValue(name, out var v) && v is BoolValue b ? b.Value : null;
}
