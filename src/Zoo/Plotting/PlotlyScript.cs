namespace Zoo.Plotting;

/// <summary>How a page loads plotly.js: embedded in the page (offline), or from an address.</summary>
public sealed class PlotlyScript
{
    private PlotlyScript(string? path, string? url)
    {
        Path = path;
        Url = url;
    }

    /// <summary>The plotly.js file embedded in the page, if any.</summary>
    public string? Path { get; }

    /// <summary>The address the page loads plotly.js from, if any.</summary>
    public string? Url { get; }

    /// <summary>Embeds the given plotly.js file (default: the npm package <c>plotly.js-dist-min</c>, see <see cref="Locate"/>).</summary>
    public static PlotlyScript Embedded(string? path = null) => new(path ?? Locate(), null);

    /// <summary>Loads plotly.js from an address (a CDN, or a file beside the page): smaller pages, not self-contained.</summary>
    public static PlotlyScript From(string url) => new(null, url);

    /// <summary>The environment variable that can name the plotly.js file to embed.</summary>
    public const string EnvironmentVariable = "ZOO_PLOTLY_JS";

    private static readonly string PackageFile = System.IO.Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");

    /// <summary>The npm package's file on a CDN, for pages that may load it from the internet.</summary>
    public const string CdnUrl = "https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.2/plotly.min.js";

    /// <summary>
    /// Finds plotly.js, or null: <c>$ZOO_PLOTLY_JS</c>, then the copy shipped beside the Zoo assembly
    /// (<c>plotly/plotly.min.js</c>), then <c>node_modules/plotly.js-dist-min</c> above the working folder or the application.
    /// </summary>
    public static string? TryLocate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured && File.Exists(configured)) return configured;
        foreach (var folder in new[] { System.IO.Path.GetDirectoryName(typeof(PlotlyScript).Assembly.Location), AppContext.BaseDirectory })
        {
            if (string.IsNullOrEmpty(folder)) continue;
            var shipped = System.IO.Path.Combine(folder, "plotly", "plotly.min.js");
            if (File.Exists(shipped)) return shipped;
        }
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, PackageFile);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Finds plotly.js (see <see cref="TryLocate"/>) or says how to install it.</summary>
    public static string Locate() => TryLocate() ?? throw new FileNotFoundException(
        $"plotly.js was not found: run 'npm ci' in the repository (it installs plotly.js-dist-min into node_modules), " +
        $"or set {EnvironmentVariable} to a plotly.min.js file.");

    /// <summary>The script element(s) for a page's head.</summary>
    internal string ToHtml()
    {
        if (Url is not null) return $"<script src=\"{System.Net.WebUtility.HtmlEncode(Url)}\" charset=\"utf-8\"></script>";
        // The library cannot contain "</script" (the element would end early); escape it if a version ever does.
        var code = File.ReadAllText(Path!).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        return "<script charset=\"utf-8\">" + code + "</script>";
    }
}
