using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Zoo.Notebooks;

/// <summary>
/// Source text shown in a notebook: a spec beside the C# the generator writes for it, and the parts of generated code
/// worth reading (a constructor, <c>forward</c>) without the XML docs and the <c>global::</c> qualifiers that
/// generated code needs and readers do not.
/// </summary>
public static partial class SourceView
{
    /// <summary>Two texts side by side as HTML (each titled, scrolling when long); the notebook displays it with <c>HTML(...)</c>.</summary>
    public static string SideBySide(string leftTitle, string left, string rightTitle, string right, int maxHeightPixels = 640)
    {
        var html = new StringBuilder();
        html.Append("<div style=\"display:flex;gap:12px;align-items:flex-start;width:100%\">");
        foreach (var (title, text) in new[] { (leftTitle, left), (rightTitle, right) })
        {
            html.Append("<div style=\"flex:1 1 0;min-width:0\">");
            html.Append("<div style=\"font-weight:bold;margin-bottom:4px\">").Append(WebUtility.HtmlEncode(title)).Append("</div>");
            html.Append("<pre style=\"margin:0;font-size:11px;line-height:1.35;overflow:auto;max-height:")
                .Append(maxHeightPixels).Append("px\"><code>")
                .Append(WebUtility.HtmlEncode(text.TrimEnd()))
                .Append("</code></pre></div>");
        }
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>
    /// The members of generated C# whose declarations name one of <paramref name="names"/> followed by a parenthesis
    /// (a constructor is named after its class, the forward pass <c>forward</c>), in the order they appear in the
    /// source, each from its declaration to its closing brace, dedented and made readable (<see cref="Readable"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A name has no member in the source.</exception>
    public static string Members(string source, params string[] names)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var found = new List<(int start, string text)>();
        foreach (var name in names)
        {
            var declaration = new Regex(@"^\s*(public|private|protected|internal)\b[^=;]*\b" + Regex.Escape(name) + @"\s*\(");
            int start = Array.FindIndex(lines, l => declaration.IsMatch(l));
            if (start < 0) throw new ArgumentException($"The source declares no member named '{name}'.", nameof(names));
            found.Add((start, Dedent(Readable(string.Join("\n", lines[start..(EndOfBody(lines, start) + 1)])))));
        }
        return string.Join("\n\n", found.OrderBy(f => f.start).Select(f => f.text));
    }

    /// <summary>
    /// Generated code as a person would write it: without <c>global::</c> and the namespaces of the zoo's types
    /// (<c>global::Zoo.Torch.torch.nn.Conv2d</c> reads <c>nn.Conv2d</c>, <c>global::Zoo.SpecMath.Max</c> reads
    /// <c>SpecMath.Max</c>), and without the scopes that free each statement's temporaries:
    /// <c>using (var __t1 = this.Temporaries()) s = __t1.Keep(e);</c> reads <c>s = e;</c>, and
    /// <c>var s = e;</c> right after the declaration <c>Tensor? s;</c>; inside <c>e</c>, the marks that free each input
    /// once its consumer returns go too: <c>__t1.Free(f(__t1.Arg(g(__t1.Last(x, y)))), 1)</c> reads <c>f(g(x))</c>.
    /// </summary>
    public static string Readable(string code)
    {
        var lines = ZooNamespace().Replace(code.Replace("global::", ""), "").Replace("\r\n", "\n").Split('\n').ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            var statement = TemporariesScope().Match(lines[i]);
            if (!statement.Success) continue;
            var (indent, target) = (statement.Groups["indent"].Value, statement.Groups["target"].Value);
            var value = Unmark(statement.Groups["value"].Value, statement.Groups["scope"].Value);
            if (i > 0 && lines[i - 1].Trim() == $"Tensor? {target};")
            {
                lines[i - 1] = $"{indent}var {target} = {value};";
                lines.RemoveAt(i--);
            }
            else
            {
                lines[i] = $"{indent}{target} = {value};";
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary><c>scope.Arg(e)</c> → <c>e</c>, <c>scope.Last(x, aliases)</c> → <c>x</c>, <c>scope.Free(e, n)</c> → <c>e</c>, at any depth.</summary>
    private static string Unmark(string text, string scope)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            var (at, mark) = NextMark(text, scope + ".", i);
            if (at < 0) return result.Append(text, i, text.Length - i).ToString();
            result.Append(text, i, at - i);
            var open = at + scope.Length + 1 + mark.Length;
            var close = Closing(text, open);
            var body = text.Substring(open + 1, close - open - 1);
            var inner = mark switch
            {
                "Last" => TopLevelArguments(body)[0],
                "Free" => body.Substring(0, body.LastIndexOf(',')), // its last argument is a plain count
                _ => body,
            };
            result.Append(Unmark(inner.Trim(), scope));
            i = close + 1;
        }
    }

    private static (int At, string Mark) NextMark(string text, string prefix, int from)
    {
        var best = (-1, "");
        foreach (var mark in new[] { "Arg", "Last", "Free" })
        {
            var at = text.IndexOf(prefix + mark + "(", from, StringComparison.Ordinal);
            if (at >= 0 && (best.Item1 < 0 || at < best.Item1)) best = (at, mark);
        }
        return best;
    }

    // The index of the parenthesis closing the one at `open`, skipping string literals.
    private static int Closing(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '"') i = EndOfString(text, i);
            else if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        throw new ArgumentException("unbalanced parentheses in generated code: " + text);
    }

    private static List<string> TopLevelArguments(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') i = EndOfString(text, i);
            else if (text[i] is '(' or '[' or '{') depth++;
            else if (text[i] is ')' or ']' or '}') depth--;
            else if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }

    private static int EndOfString(string text, int quote)
    {
        for (var i = quote + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') return i;
        }
        return text.Length - 1;
    }

    [GeneratedRegex(@"^(?<indent>\s*)using \(var (?<scope>__t\d+) = this\.Temporaries\(\)\) (?<target>@?\w+) = \k<scope>\.Keep\((?<value>.*)\);$")]
    private static partial Regex TemporariesScope();

    [GeneratedRegex(@"\bZoo\.(Torch\.torch\.|Torch\.Modules\.|Torch\.|Blocks\.|Networks\.)?(?=[A-Za-z_])")]
    private static partial Regex ZooNamespace();

    // The line holding the brace that closes the body opened after line `start` (braces in strings are not counted).
    private static int EndOfBody(string[] lines, int start)
    {
        int depth = 0;
        bool opened = false;
        for (int i = start; i < lines.Length; i++)
        {
            bool inString = false;
            var line = lines[i];
            for (int j = 0; j < line.Length; j++)
            {
                char c = line[j];
                if (c == '"' && (j == 0 || line[j - 1] != '\\')) inString = !inString;
                else if (inString) continue;
                else if (c == '/' && j + 1 < line.Length && line[j + 1] == '/') break;
                else if (c == '{') { depth++; opened = true; }
                else if (c == '}') depth--;
            }
            if (opened && depth == 0) return i;
            if (!opened && line.TrimEnd().EndsWith(';')) return i;   // an expression-bodied or abstract member
        }
        throw new ArgumentException($"The member starting on line {start + 1} has no closing brace.");
    }

    private static string Dedent(string text)
    {
        var lines = text.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
