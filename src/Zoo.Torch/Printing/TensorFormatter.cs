using System.Globalization;
using System.Text;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Printing;

/// <summary>
/// PyTorch's <c>str(tensor)</c> (torch/_tensor_str.py) in managed code: the same choice between fixed, integer and
/// scientific notation, the same column width, line wrapping, summarisation with <c>...</c>, and suffixes
/// (<c>dtype=</c>, <c>device=</c>, <c>grad_fn=</c>, <c>requires_grad=True</c>).
/// </summary>
internal static class TensorFormatter
{
    private const string Prefix = "tensor(";

    public static string Format(Tensor tensor, PrintOptions options)
    {
        var suffixes = new List<string>();
        var device = tensor.device;
        if (device.type != DeviceType.CPU) suffixes.Add($"device='{device}'");

        var shape = tensor.shape;
        string body;
        if (tensor.numel() == 0)
        {
            if (shape.Length != 1) suffixes.Add("size=" + PythonTuple(shape));
            if (tensor.dtype != default_dtype) suffixes.Add("dtype=" + tensor.dtype.TorchName());
            body = "[]";
        }
        else
        {
            if (tensor.dtype != default_dtype && tensor.dtype is not (ScalarType.Int64 or ScalarType.Bool))
                suffixes.Add("dtype=" + tensor.dtype.TorchName());
            body = Body(tensor, shape, options);
        }

        if (tensor.grad_fn is { } fn) suffixes.Add($"grad_fn=<{NodeName(fn)}>");
        else if (tensor.requires_grad) suffixes.Add("requires_grad=True");
        return AddSuffixes(Prefix + body, suffixes, Prefix.Length, options.linewidth);
    }

    private static string Body(Tensor tensor, long[] shape, PrintOptions options)
    {
        bool summarize = tensor.numel() > options.threshold;
        int edge = options.edgeitems;
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var data = summarize ? Summarized(tensor.detach(), shape, edge) : tensor.detach();
        var values = Values.Of(data);
        var formatter = new Formatter(values, options);
        var text = new StringBuilder();
        // `shape` is what is printed; the values read are the (summarised) data, row-major with its own strides.
        Write(text, values, formatter, shape, RowMajorStrides(data.shape), dim: 0, offset: 0, Prefix.Length, summarize, options);
        return text.ToString();
    }

    /// <summary>Only the first and last <paramref name="edge"/> entries of every long dim: what a summary shows.</summary>
    private static Tensor Summarized(Tensor t, long[] shape, int edge)
    {
        for (int d = 0; d < shape.Length; d++)
            if (shape[d] > 2L * edge)
                t = edge == 0 ? t.narrow(d, 0, 0) : cat(new[] { t.narrow(d, 0, edge), t.narrow(d, shape[d] - edge, edge) }, d);
        return t;
    }

    private static void Write(StringBuilder text, Values values, Formatter formatter, long[] shape, long[] strides,
        int dim, long offset, int indent, bool summarize, PrintOptions options)
    {
        int ndim = shape.Length;
        if (ndim == 0)
        {
            text.Append(formatter.Format(values, 0));
            return;
        }

        long size = shape[dim];
        int edge = options.edgeitems;
        bool cut = summarize && size > 2L * edge;
        // A cut dim keeps its first and last `edge` rows in the data, and "..." goes between them.
        long shown = cut ? 2L * edge : size;

        if (dim == ndim - 1)
        {
            int elementLength = formatter.Width + 2;
            int perLine = Math.Max(1, (int)Math.Floor((options.linewidth - indent) / (double)elementLength));
            var items = new List<string>();
            for (long i = 0; i < shown; i++)
            {
                if (cut && i == edge) items.Add(" ...");
                items.Add(formatter.Format(values, offset + i * strides[dim]));
            }
            if (cut && edge == 0) items.Add(" ...");
            text.Append('[');
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) text.Append(i % perLine == 0 ? ",\n" + new string(' ', indent + 1) : ", ");
                text.Append(items[i]);
            }
            text.Append(']');
            return;
        }

        string separator = "," + new string('\n', ndim - dim - 1) + new string(' ', indent + 1);
        text.Append('[');
        for (long i = 0; i < shown; i++)
        {
            if (i > 0) text.Append(separator);
            if (cut && i == edge) text.Append("...").Append(separator);
            Write(text, values, formatter, shape, strides, dim + 1, offset + i * strides[dim], indent + 1, summarize, options);
        }
        if (cut && edge == 0) text.Append("...");
        text.Append(']');
    }

    private static long[] RowMajorStrides(long[] shape)
    {
        var strides = new long[shape.Length];
        long s = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            strides[d] = s;
            s *= shape[d];
        }
        return strides;
    }

    /// <summary>An autograd node's class name as Python shows it (<c>torch::autograd::CopySlices</c> is <c>CopySlices</c>).</summary>
    private static string NodeName(string name)
    {
        int k = name.LastIndexOf("::", StringComparison.Ordinal);
        return k < 0 ? name : name[(k + 2)..];
    }

    /// <summary>Python's <c>str(tuple(shape))</c>: <c>(0, 3)</c>, <c>(0,)</c>.</summary>
    private static string PythonTuple(long[] shape) =>
        shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";

    private static string AddSuffixes(string text, List<string> suffixes, int indent, int linewidth)
    {
        var result = new StringBuilder(text);
        int lastLineLength = text.Length - text.LastIndexOf('\n') + 1;
        foreach (var suffix in suffixes)
        {
            if (lastLineLength + suffix.Length + 2 > linewidth)
            {
                result.Append(",\n").Append(' ', indent).Append(suffix);
                lastLineLength = indent + suffix.Length;
            }
            else
            {
                result.Append(", ").Append(suffix);
                lastLineLength += suffix.Length + 2;
            }
        }
        return result.Append(')').ToString();
    }

    /// <summary>The elements to print, read once: doubles for floating dtypes, longs for integers, bools.</summary>
    private sealed class Values
    {
        public double[]? Floats;
        public long[]? Integers;
        public bool[]? Bools;

        public static Values Of(Tensor t)
        {
            var type = t.dtype;
            if (type.IsFloatingPoint())
            {
                using var d = t.to(ScalarType.Float64);
                return new Values { Floats = d.ToArray<double>() };
            }
            if (type == ScalarType.Bool) return new Values { Bools = t.ToArray<bool>() };
            using var l = t.to(ScalarType.Int64);
            return new Values { Integers = l.ToArray<long>() };
        }
    }

    /// <summary>PyTorch's _Formatter: picks the notation and the column width from every value shown.</summary>
    private sealed class Formatter
    {
        private readonly bool floating;
        private readonly bool intMode = true;
        private readonly bool sciMode;
        private readonly int precision;

        public int Width { get; } = 1;

        public Formatter(Values values, PrintOptions options)
        {
            precision = options.precision;
            if (values.Floats is not { } floats)
            {
                if (values.Integers is { } ints)
                    foreach (var v in ints) Width = Math.Max(Width, v.ToString(CultureInfo.InvariantCulture).Length);
                else
                    foreach (var b in values.Bools!) Width = Math.Max(Width, b ? 4 : 5);
                return;
            }

            floating = true;
            var finite = floats.Where(v => double.IsFinite(v) && v != 0).ToArray();
            if (finite.Length > 0)
            {
                double min = finite.Min(Math.Abs), max = finite.Max(Math.Abs);
                intMode = finite.All(v => v == Math.Ceiling(v));
                sciMode = max / min > 1000.0 || max > 1.0e8 || (!intMode && min < 1.0e-4);
                foreach (var v in finite)
                    Width = Math.Max(Width, sciMode ? Scientific(v).Length : intMode ? Fixed(v, 0).Length + 1 : Fixed(v, precision).Length);
            }
            if (options.sci_mode is { } forced) sciMode = forced;
        }

        public string Format(Values values, long index)
        {
            string text;
            if (!floating)
                text = values.Integers is { } ints ? ints[index].ToString(CultureInfo.InvariantCulture) : values.Bools![index] ? "True" : "False";
            else
            {
                double v = values.Floats![index];
                text = sciMode ? Scientific(v)
                    : intMode ? Fixed(v, 0) + (double.IsFinite(v) ? "." : "")
                    : Fixed(v, precision);
            }
            return text.Length < Width ? new string(' ', Width - text.Length) + text : text;
        }

        /// <summary>Python's <c>'{:.Nf}'</c> (.NET rounds the exact binary value half to even, as Python does).</summary>
        private static string Fixed(double v, int digits) =>
            NonFinite(v) ?? v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        /// <summary>Python's <c>'{:.Ne}'</c>: <c>1.2346e+05</c> (at least two exponent digits).</summary>
        private string Scientific(double v)
        {
            if (NonFinite(v) is { } special) return special;
            var s = v.ToString("E" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture); // 1.2346E+005
            int e = s.IndexOf('E');
            int exponent = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return s[..e] + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }

        private static string? NonFinite(double v) =>
            double.IsNaN(v) ? "nan" : double.IsPositiveInfinity(v) ? "inf" : double.IsNegativeInfinity(v) ? "-inf" : null;
    }
}
