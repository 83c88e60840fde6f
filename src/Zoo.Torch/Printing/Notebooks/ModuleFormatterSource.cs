using System.Globalization;
using System.Net;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Printing;

/// <summary>How modules display in notebooks: the PyTorch-style tree, under a line with the parameter count and size.</summary>
internal sealed class ModuleFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => new object[]
    {
        new MimeFormatter<nn.Module>("text/html", WriteHtml),
        new MimeFormatter<nn.Module>("text/plain", (module, writer) => writer.Write(module.ToString())),
    };

    private static void WriteHtml(nn.Module module, TextWriter writer)
    {
        writer.Write("<div class=\"zoo-module\"><div><b>");
        writer.Write(WebUtility.HtmlEncode(module.GetName()));
        writer.Write("</b> &middot; ");
        writer.Write(WebUtility.HtmlEncode(Summary(module)));
        writer.Write("</div><pre>");
        writer.Write(WebUtility.HtmlEncode(module.ToString()));
        writer.Write("</pre></div>");
    }

    /// <summary><c>1,234 parameters (1,200 trainable), 4.8 kB</c>; a parameter shared by two layers counts once.</summary>
    internal static string Summary(nn.Module module)
    {
        long count = 0, trainable = 0, bytes = 0;
        var seen = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        foreach (var parameter in module.parameters())
        {
            if (!seen.Add(parameter)) continue;
            long n = parameter.numel();
            count += n;
            if (parameter.requires_grad) trainable += n;
            bytes += n * parameter.dtype.ElementSize();
        }
        var c = CultureInfo.InvariantCulture;
        return string.Format(c, "{0:N0} parameters ({1:N0} trainable), {2}", count, trainable, Size(bytes));
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1000 => $"{bytes} B",
        < 1000_000 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} kB", bytes / 1e3),
        < 1000_000_000 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} MB", bytes / 1e6),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:0.#} GB", bytes / 1e9),
    };
}
