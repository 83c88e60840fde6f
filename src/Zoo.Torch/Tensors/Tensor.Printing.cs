using Zoo.Torch.Printing;

namespace Zoo.Torch;

public static partial class torch
{
    /// <summary>The options every tensor is printed with.</summary>
    public static PrintOptions print_options { get; private set; } = new();

    /// <summary>
    /// Sets how tensors print, as PyTorch's <c>torch.set_printoptions</c>: <paramref name="profile"/> ("default",
    /// "short", "full") first, then any option given. As in PyTorch, <paramref name="sci_mode"/> is reset to
    /// automatic unless given.
    /// </summary>
    public static void set_printoptions(int? precision = null, double? threshold = null, int? edgeitems = null, int? linewidth = null,
        string? profile = null, bool? sci_mode = null)
    {
        var options = print_options;
        options = profile switch
        {
            null => options,
            "default" => options with { precision = 4, threshold = 1000, edgeitems = 3, linewidth = 80 },
            "short" => options with { precision = 2, threshold = 1000, edgeitems = 2, linewidth = 80 },
            "full" => options with { precision = 4, threshold = double.PositiveInfinity, edgeitems = 3, linewidth = 80 },
            _ => throw new ArgumentException($"Unknown print profile '{profile}': expected 'default', 'short' or 'full'.", nameof(profile)),
        };
        print_options = options with
        {
            precision = precision ?? options.precision,
            threshold = threshold ?? options.threshold,
            edgeitems = edgeitems ?? options.edgeitems,
            linewidth = linewidth ?? options.linewidth,
            sci_mode = sci_mode,
        };
    }

    public partial class Tensor
    {
        /// <summary>Shape, dtype and device, e.g. <c>[2x3], type = Float32, device = cpu</c>; see <see cref="str"/> for the values.</summary>
        public override string ToString() => IsInvalid ? "Tensor (disposed)" : ToString(TensorStringStyle.Metadata);

        public string ToString(TensorStringStyle style) => style switch
        {
            TensorStringStyle.Metadata => $"[{string.Join("x", shape)}], type = {dtype}, device = {device}",
            TensorStringStyle.PyTorch => TensorFormatter.Format(this, print_options),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };

        /// <summary>The values as PyTorch's <c>str(tensor)</c> prints them.</summary>
        public string str() => ToString(TensorStringStyle.PyTorch);

        /// <summary>Writes <see cref="str"/> (or another style) to the console and returns this tensor.</summary>
        public Tensor print(TensorStringStyle style = TensorStringStyle.PyTorch)
        {
            Console.WriteLine(ToString(style));
            return this;
        }
    }
}
