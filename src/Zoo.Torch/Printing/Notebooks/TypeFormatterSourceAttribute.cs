namespace Zoo.Torch.Printing;

/// <summary>
/// Names the class that says how a type displays itself in a notebook. dotnet-interactive (VS Code's Polyglot
/// Notebooks) and Zoo's headless runner both find this attribute by its name, then call the source's
/// <c>CreateTypeFormatters()</c>: each formatter it returns has a <c>MimeType</c> and a
/// <c>bool Format(object, TextWriter)</c> (see <see cref="MimeFormatter{T}"/>). No package is needed on either side,
/// which keeps this library free of notebook dependencies.
/// </summary>
/// <param name="formatterSourceType">A class with a parameterless constructor and a <c>CreateTypeFormatters()</c> method.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class whose <c>CreateTypeFormatters()</c> gives the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types a notebook should prefer for the type, best first (optional).</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
