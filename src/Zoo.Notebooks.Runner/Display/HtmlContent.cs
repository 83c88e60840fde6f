namespace Zoo.Notebooks.Runner.Display;

/// <summary>
/// HTML to be shown as HTML, not as text: what <c>HTML("...")</c> returns, as dotnet-interactive's
/// <c>IHtmlContent</c> does. Display it, or end a cell with it.
/// </summary>
public sealed class HtmlContent(string html)
{
    public string Html { get; } = html;

    public override string ToString() => Html;
}

/// <summary>JavaScript to run in the page (what <c>Javascript("...")</c> displays), shown as a script element.</summary>
public sealed class ScriptContent(string code)
{
    public string Code { get; } = code;

    public override string ToString() => Code;
}
