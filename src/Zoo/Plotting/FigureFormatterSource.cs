using System.Net;
using System.Security.Cryptography;
using System.Text;
using Zoo.Torch.Printing;

namespace Zoo.Plotting;

/// <summary>
/// How figures display in notebooks (VS Code's Polyglot Notebooks and <c>zoo notebook run</c>, which find this
/// source by convention): HTML that draws the figure with plotly.js, Plotly's JSON (<see cref="Figure.MimeType"/>)
/// for front ends that draw it natively, and a line of text.
/// </summary>
internal sealed class FigureFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => new object[]
    {
        new MimeFormatter<Figure>("text/html", (figure, writer) => writer.Write(NotebookHtml(figure))),
        new MimeFormatter<Figure>(Figure.MimeType, (figure, writer) => writer.Write(figure.ToJson())),
        new MimeFormatter<Figure>("text/plain", (figure, writer) => writer.Write(Describe(figure))),
    };

    /// <summary>
    /// A div and a script that draws into it. A notebook's page may not have plotly.js yet: the script then loads it
    /// (<see cref="PlotlyScript.CdnUrl"/>) before drawing. A page that already has it (an offline report, a test)
    /// draws at once, without the network. The div's id comes from the figure, so the same figure gives the same HTML.
    /// </summary>
    internal static string NotebookHtml(Figure figure)
    {
        var data = figure.DataJson();
        var layout = figure.LayoutJson();
        var id = "plot-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data + layout)))[..12];
        var width = figure.Layout.Width is { } w ? $"width:{w}px;" : "width:100%;";
        var height = figure.Layout.Height is { } h ? $"height:{h}px;" : "height:450px;";
        return new StringBuilder()
            .Append("<div id=\"").Append(id).Append("\" class=\"plotly-graph-div\" style=\"").Append(width).Append(height).Append("\"></div>\n")
            .Append("<script>\n(function () {\n")
            .Append("  var draw = function () { Plotly.newPlot(document.getElementById(\"").Append(id).Append("\"), ")
            .Append(data).Append(", ").Append(layout).Append(", {\"responsive\": true, \"displaylogo\": false}); };\n")
            .Append("  if (window.Plotly) { draw(); return; }\n")
            .Append("  var script = document.createElement(\"script\");\n")
            .Append("  script.src = \"").Append(PlotlyScript.CdnUrl).Append("\";\n")
            .Append("  script.onload = draw;\n")
            .Append("  document.head.appendChild(script);\n")
            .Append("})();\n</script>\n")
            .ToString();
    }

    /// <summary><c>Figure "Loss" with 2 traces (scatter, bar)</c>.</summary>
    internal static string Describe(Figure figure)
    {
        var title = figure.Layout.Title is { } t ? $" \"{t}\"" : "";
        var kinds = string.Join(", ", figure.Data.Select(d => d.Type));
        return $"Figure{title} with {figure.Data.Count} trace{(figure.Data.Count == 1 ? "" : "s")}" + (kinds.Length > 0 ? $" ({kinds})" : "");
    }
}
