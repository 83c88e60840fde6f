using System.Globalization;

namespace Zoo.Cli.Models;

/// <summary>
/// A value as typed on the command line, before it is checked against a hyperparameter's type: <c>16</c>,
/// <c>0.5</c>, <c>true</c>, <c>null</c>, <c>'zero_pad'</c>, <c>[3, 4, 6, 3]</c>, or a name with optional named
/// arguments (<c>zero_pad</c>, <c>Se</c>, <c>Se(reduction: 8)</c>), which is an enum value or a block reference
/// depending on where it goes. <see cref="ToString"/> writes it back in the same syntax.
/// </summary>
public abstract record ValueSyntax
{
    public static string Describe(ValueSyntax value) => value switch
    {
        NullSyntax => "null",
        BoolSyntax => "a bool",
        NumberSyntax n => n.IsInteger ? "an int" : "a float",
        TextSyntax => "a string",
        ListSyntax => "a list",
        NameSyntax { Arguments: null } n => $"the name {n.Name}",
        NameSyntax n => $"the block reference {n}",
        _ => value.ToString(),
    };
}

/// <summary><c>null</c>.</summary>
public sealed record NullSyntax : ValueSyntax
{
    public override string ToString() => "null";
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoolSyntax(bool Value) : ValueSyntax
{
    public override string ToString() => Value ? "true" : "false";
}

/// <summary>A number, kept as typed; an int has no fraction and no exponent.</summary>
public sealed record NumberSyntax(string Text) : ValueSyntax
{
    public bool IsInteger => long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    public double AsDouble => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public long AsLong => long.Parse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public override string ToString() => Text;
}

/// <summary>A quoted string: <c>'zero_pad'</c>.</summary>
public sealed record TextSyntax(string Value) : ValueSyntax
{
    public override string ToString() => "'" + Value + "'";
}

/// <summary><c>[a, b, ...]</c>.</summary>
public sealed record ListSyntax(IReadOnlyList<ValueSyntax> Items) : ValueSyntax
{
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>A named argument inside a reference: <c>reduction: 8</c>.</summary>
public sealed record NamedValue(string Name, ValueSyntax Value)
{
    public override string ToString() => $"{Name}: {Value}";
}

/// <summary>
/// A name, optionally with named arguments: an enum value (<c>zero_pad</c>), a model (<c>resnet20</c>) or a block
/// reference (<c>Se(reduction: 8)</c>). <see cref="Arguments"/> is null without parentheses.
/// </summary>
public sealed record NameSyntax(string Name, IReadOnlyList<NamedValue>? Arguments) : ValueSyntax
{
    public IReadOnlyList<NamedValue> ArgumentsOrEmpty => Arguments ?? Array.Empty<NamedValue>();

    /// <summary>The same name with more arguments after its own.</summary>
    public NameSyntax With(IEnumerable<NamedValue> more)
    {
        var all = ArgumentsOrEmpty.Concat(more).ToList();
        return new NameSyntax(Name, all.Count == 0 ? Arguments : all);
    }

    public override string ToString() => Arguments is null || Arguments.Count == 0 ? Name : $"{Name}({string.Join(", ", Arguments)})";
}
