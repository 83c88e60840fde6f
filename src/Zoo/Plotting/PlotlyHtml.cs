using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Zoo.Plotting;

/// <summary>Figures as HTML: fragments (a div and a script) and whole pages.</summary>
public static class PlotlyHtml
{
    /// <summary>
    /// A div and the script that draws <paramref name="figure"/> into it with <c>Plotly.newPlot</c>. The id is
    /// derived from the figure's JSON unless given, so the same figure gives the same HTML.
    /// </summary>
    /// <param name="figure">The figure to draw.</param>
    /// <param name="id">The div's id (derived from the figure when null).</param>
    /// <param name="staticPlot">True for a picture without the interactive tool bar (for screenshots).</param>
    public static string Fragment(Figure figure, string? id = null, bool staticPlot = false)
    {
        var data = figure.DataJson();
        var layout = figure.LayoutJson();
        id ??= "plot-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data + layout)))[..12];
        var height = figure.Layout.Height is { } h ? $"height:{h}px;" : "height:450px;";
        var width = figure.Layout.Width is { } w ? $"width:{w}px;" : "width:100%;";
        var html = new StringBuilder();
        html.Append("<div id=\"").Append(WebUtility.HtmlEncode(id)).Append("\" class=\"plotly-graph-div\" style=\"").Append(width).Append(height).Append("\"></div>\n");
        html.Append("<script>Plotly.newPlot(document.getElementById(\"").Append(id).Append("\"), ").Append(data).Append(", ").Append(layout)
            .Append(staticPlot ? ", {\"staticPlot\": true});</script>\n" : ", {\"responsive\": true, \"displaylogo\": false});</script>\n");
        return html.ToString();
    }

    /// <summary>A whole page: a title, then <paramref name="body"/> (HTML fragments, in order), with plotly.js in the head.</summary>
    public static string Page(string title, IEnumerable<string> body, PlotlyScript? script = null, string? style = null)
    {
        script ??= PlotlyScript.Embedded();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        html.Append("<style>").Append(style ?? DefaultStyle).Append("</style>\n");
        html.Append(script.ToHtml()).Append('\n');
        html.Append("</head>\n<body>\n");
        foreach (var part in body) html.Append(part);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private const string DefaultStyle =
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;max-width:1200px;padding:0 16px;color:#222}" +
        "table{border-collapse:collapse;margin:12px 0}th,td{border:1px solid #ccc;padding:4px 10px;text-align:right}" +
        "th:first-child,td:first-child{text-align:left}th{background:#f4f4f4}code{background:#f4f4f4;padding:1px 4px}";
}
