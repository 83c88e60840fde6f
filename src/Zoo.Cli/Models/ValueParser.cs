namespace Zoo.Cli.Models;

/// <summary>
/// Reads values and model texts as the command line gives them, in the spec language's syntax for values:
/// <c>resnet20</c>, <c>resnet20(attention: Se(reduction: 8), in_channels: 1)</c>, <c>gc=resnet20(attention: GlobalContext)</c>
/// (a label before <c>=</c>), and <c>--arg</c> values (<c>16</c>, <c>[2, 2, 2, 2]</c>, <c>zero_pad</c>, <c>Cbam</c>).
/// Errors are <see cref="UsageException"/>s that quote the text and say where it went wrong.
/// </summary>
public sealed class ValueParser
{
    private readonly string text;
    private int position;

    private ValueParser(string text) => this.text = text;

    /// <summary>A whole value.</summary>
    public static ValueSyntax ParseValue(string text)
    {
        var parser = new ValueParser(text);
        var value = parser.Value();
        parser.End();
        return value;
    }

    /// <summary>A model: <c>[label=]name[(arguments)]</c>; the label is null when none is given.</summary>
    public static (string? label, NameSyntax model) ParseModel(string text)
    {
        string? label = null;
        int equals = text.IndexOf('=');
        int paren = text.IndexOf('(');
        if (equals >= 0 && (paren < 0 || equals < paren))
        {
            label = text[..equals].Trim();
            if (label.Length == 0 || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '+'))
                throw new UsageException($"'{text}': a label (before '=') is letters, digits, '_', '-', '.' or '+'");
            text = text[(equals + 1)..];
        }
        var parser = new ValueParser(text);
        parser.Skip();
        if (parser.AtEnd || !IsNameStart(parser.Current)) throw parser.Error("expected a model name");
        var model = parser.Name();
        parser.End();
        return (label, model);
    }

    /// <summary>An <c>--arg</c>: <c>name=value</c>.</summary>
    public static NamedValue ParseArgument(string text)
    {
        int equals = text.IndexOf('=');
        if (equals < 0) throw new UsageException($"--arg '{text}' is not of the form name=value (for example --arg reduction=8)");
        var name = text[..equals].Trim();
        if (name.Length == 0 || !IsNameStart(name[0]) || !name.All(IsNamePart))
            throw new UsageException($"--arg '{text}': '{name}' is not a hyperparameter name");
        var valueText = text[(equals + 1)..];
        if (valueText.Trim().Length == 0) throw new UsageException($"--arg '{text}' has no value after '='");
        try
        {
            return new NamedValue(name, ParseValue(valueText));
        }
        catch (UsageException e)
        {
            throw new UsageException($"--arg {name}: {e.Message}");
        }
    }

    private bool AtEnd => position >= text.Length;
    private char Current => text[position];

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private void Skip()
    {
        while (!AtEnd && char.IsWhiteSpace(Current)) position++;
    }

    private void End()
    {
        Skip();
        if (!AtEnd) throw Error($"unexpected '{Current}'");
    }

    private UsageException Error(string what) =>
        new($"'{text}': {what} at {(AtEnd ? "the end" : $"column {position + 1}")}");

    private void Expect(char c)
    {
        Skip();
        if (AtEnd || Current != c) throw Error($"expected '{c}'");
        position++;
    }

    private ValueSyntax Value()
    {
        Skip();
        if (AtEnd) throw Error("expected a value");
        char c = Current;
        if (c == '[') return List();
        if (c is '\'' or '"') return Text(c);
        if (char.IsAsciiDigit(c) || c is '-' or '+' or '.') return Number();
        if (IsNameStart(c))
        {
            var name = Name();
            return name.Arguments is null
                ? name.Name switch
                {
                    "null" => new NullSyntax(),
                    "true" => new BoolSyntax(true),
                    "false" => new BoolSyntax(false),
                    _ => name,
                }
                : name;
        }
        throw Error($"unexpected '{c}'");
    }

    private ListSyntax List()
    {
        Expect('[');
        var items = new List<ValueSyntax>();
        Skip();
        if (!AtEnd && Current == ']')
        {
            position++;
            return new ListSyntax(items);
        }
        while (true)
        {
            items.Add(Value());
            Skip();
            if (!AtEnd && Current == ',')
            {
                position++;
                continue;
            }
            Expect(']');
            return new ListSyntax(items);
        }
    }

    private TextSyntax Text(char quote)
    {
        int start = ++position;
        while (!AtEnd && Current != quote) position++;
        if (AtEnd) throw Error($"the string has no closing {quote}");
        var value = text[start..position];
        position++;
        return new TextSyntax(value);
    }

    private NumberSyntax Number()
    {
        int start = position;
        if (Current is '-' or '+') position++;
        while (!AtEnd && (char.IsAsciiDigit(Current) || Current is '.' or 'e' or 'E' ||
                          (Current is '-' or '+' && text[position - 1] is 'e' or 'E')))
            position++;
        var number = text[start..position];
        if (!double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            position = start;
            throw Error($"'{number}' is not a number");
        }
        if (number.StartsWith('+')) number = number[1..];
        return new NumberSyntax(number);
    }

    private NameSyntax Name()
    {
        int start = position;
        while (!AtEnd && IsNamePart(Current)) position++;
        var name = text[start..position];
        Skip();
        if (AtEnd || Current != '(') return new NameSyntax(name, null);
        position++;
        var arguments = new List<NamedValue>();
        Skip();
        if (!AtEnd && Current == ')')
        {
            position++;
            return new NameSyntax(name, arguments);
        }
        while (true)
        {
            Skip();
            int argumentStart = position;
            while (!AtEnd && IsNamePart(Current)) position++;
            var argument = text[argumentStart..position];
            if (argument.Length == 0 || !IsNameStart(argument[0]))
            {
                position = argumentStart;
                throw Error($"expected a hyperparameter name (arguments are named: {name}(reduction: 8))");
            }
            Skip();
            if (AtEnd || Current != ':') throw Error($"expected ':' after '{argument}' (arguments are named: {name}({argument}: ...))");
            position++;
            arguments.Add(new NamedValue(argument, Value()));
            Skip();
            if (!AtEnd && Current == ',')
            {
                position++;
                continue;
            }
            Expect(')');
            return new NameSyntax(name, arguments);
        }
    }
}
