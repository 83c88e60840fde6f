using System.Globalization;
using System.Net;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Printing;

/// <summary>
/// A tensor as HTML for notebooks: a line with shape, dtype and device, then the values as a table (vectors and
/// matrices that fit), as PyTorch's text (other small tensors), or, above <see cref="PrintOptions.threshold"/>
/// elements, summary statistics with the abbreviated values folded away.
/// </summary>
internal static class TensorHtml
{
    /// <summary>The largest matrix shown as a table.</summary>
    public const int MaxTableRows = 64, MaxTableColumns = 32;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(Tensor tensor, TextWriter writer)
    {
        writer.Write("<div class=\"zoo-tensor\">");
        if (tensor.IsInvalid)
        {
            writer.Write("<i>Tensor (disposed)</i></div>");
            return;
        }
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        WriteHeader(tensor, writer);
        var shape = tensor.shape;
        long numel = tensor.numel();
        if (numel > print_options.threshold) WriteSummary(tensor, writer);
        else if (numel > 0 && shape.Length is 1 or 2 && Rows(shape) <= MaxTableRows && shape[^1] <= MaxTableColumns) WriteTable(tensor, writer);
        else WritePre(tensor.str(), writer);
        writer.Write("</div>");
    }

    private static long Rows(long[] shape) => shape.Length == 2 ? shape[0] : 1;

    private static void WriteHeader(Tensor tensor, TextWriter writer)
    {
        var parts = new List<string>
        {
            "[" + string.Join(", ", tensor.shape) + "]",
            ShortName(tensor.dtype),
            tensor.device.ToString(),
        };
        if (tensor.requires_grad) parts.Add("requires_grad");
        writer.Write("<div style=\"font-family:monospace\">tensor ");
        writer.Write(string.Join(" &middot; ", parts.Select(p => WebUtility.HtmlEncode(p))));
        writer.Write("</div>");
    }

    private static string ShortName(ScalarType dtype) => dtype.TorchName().Replace("torch.", "", StringComparison.Ordinal);

    private static void WriteTable(Tensor tensor, TextWriter writer)
    {
        var shape = tensor.shape;
        long rows = Rows(shape), columns = shape[^1];
        var text = Elements(tensor);
        writer.Write("<table style=\"font-family:monospace;text-align:right\"><thead><tr><th></th>");
        for (long c = 0; c < columns; c++) writer.Write($"<th>{c}</th>");
        writer.Write("</tr></thead><tbody>");
        for (long r = 0; r < rows; r++)
        {
            writer.Write(shape.Length == 2 ? $"<tr><th>{r}</th>" : "<tr><th></th>");
            for (long c = 0; c < columns; c++)
                writer.Write($"<td>{WebUtility.HtmlEncode(text[r * columns + c])}</td>");
            writer.Write("</tr>");
        }
        writer.Write("</tbody></table>");
    }

    /// <summary>Every element as text, in one notation for the whole tensor, as PyTorch chooses it.</summary>
    private static string[] Elements(Tensor tensor)
    {
        var dtype = tensor.dtype;
        var cpu = tensor.detach().cpu();
        if (dtype == ScalarType.Bool)
            return cpu.to(ScalarType.Int64).ToArray<long>().Select(v => v != 0 ? "True" : "False").ToArray();
        if (!dtype.IsFloatingPoint())
            return cpu.to(ScalarType.Int64).ToArray<long>().Select(v => v.ToString(Invariant)).ToArray();

        var values = cpu.to(ScalarType.Float64).ToArray<double>();
        int precision = print_options.precision;
        var finite = values.Where(double.IsFinite).Select(Math.Abs).ToArray();
        bool integers = finite.All(v => v == Math.Floor(v));
        var nonzero = finite.Where(v => v > 0).ToArray();
        bool scientific = print_options.sci_mode ?? (nonzero.Length > 0 &&
            (nonzero.Max() / nonzero.Min() > 1000 || nonzero.Max() > 1e8 || nonzero.Min() < 1e-4) && !integers);
        string Format(double v)
        {
            if (double.IsNaN(v)) return "nan";
            if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
            if (integers && !scientific) return v.ToString("0", Invariant) + ".";
            return scientific
                ? v.ToString("0." + new string('0', precision) + "e+00", Invariant)
                : v.ToString("F" + precision, Invariant);
        }
        return values.Select(Format).ToArray();
    }

    private static void WriteSummary(Tensor tensor, TextWriter writer)
    {
        var dtype = tensor.dtype;
        var values = tensor.detach();
        var stats = new List<(string name, string value)>();
        if (dtype == ScalarType.Bool)
        {
            stats.Add(("true", values.to(ScalarType.Int64).sum().item<long>().ToString("N0", Invariant)));
        }
        else
        {
            var wide = values.to(ScalarType.Float64);
            stats.Add(("min", Number(wide.min().item<double>())));
            stats.Add(("max", Number(wide.max().item<double>())));
            stats.Add(("mean", Number(wide.mean().item<double>())));
            if (dtype.IsFloatingPoint()) stats.Add(("std", Number(wide.std(Array.Empty<long>()).item<double>())));
        }
        writer.Write("<table style=\"font-family:monospace;text-align:right\"><tr>");
        foreach (var (name, _) in stats) writer.Write($"<th>{name}</th>");
        writer.Write("</tr><tr>");
        foreach (var (_, value) in stats) writer.Write($"<td>{WebUtility.HtmlEncode(value)}</td>");
        writer.Write("</tr></table><details><summary>values</summary>");
        WritePre(tensor.str(), writer);
        writer.Write("</details>");
    }

    private static string Number(double v) => v.ToString("G6", Invariant);

    private static void WritePre(string text, TextWriter writer)
    {
        writer.Write("<pre>");
        writer.Write(WebUtility.HtmlEncode(text));
        writer.Write("</pre>");
    }
}
