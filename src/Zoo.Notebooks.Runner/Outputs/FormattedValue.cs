using System.Text.RegularExpressions;

namespace Zoo.Notebooks.Runner.Outputs;

/// <summary>One rendering of a value: its MIME type and the text of that rendering.</summary>
/// <param name="MimeType">For example <c>text/plain</c>, <c>text/html</c>, <c>application/vnd.plotly.v1+json</c>.</param>
/// <param name="Value">The rendering; for JSON MIME types, JSON text.</param>
public sealed partial record FormattedValue(string MimeType, string Value)
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";

    /// <summary>
    /// True for JSON MIME types (<c>application/json</c>, <c>application/…+json</c>): nbformat stores those as JSON
    /// values inside the notebook, not as text.
    /// </summary>
    public bool IsJson => JsonMimeType().IsMatch(MimeType);

    [GeneratedRegex(@"^application/(.*\+)?json$")]
    private static partial Regex JsonMimeType();
}
