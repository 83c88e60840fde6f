using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Display;

/// <summary>
/// dotnet-interactive's formatter convention, read by reflection so that a type needs no package to display itself:
/// the type (or a base type) carries an attribute named <c>TypeFormatterSourceAttribute</c> whose
/// <c>FormatterSourceType</c> names a class with a parameterless constructor and a <c>CreateTypeFormatters()</c>
/// method; each object it returns has a <c>MimeType</c> and a <c>bool Format(object, TextWriter)</c> method (and may
/// have a <c>Type</c> it is limited to). VS Code finds the same formatters the same way, so headless outputs match.
/// </summary>
public static class ConventionFormatters
{
    private const string AttributeName = "TypeFormatterSourceAttribute";

    private sealed record Formatter(string MimeType, Type? Type, Func<object, TextWriter, bool> Format);

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Formatter>> cache = new();

    /// <summary>True when <paramref name="type"/> brings formatters of its own.</summary>
    public static bool Has(Type type) => For(type).Count > 0;

    /// <summary>
    /// The renderings of <paramref name="value"/> by its own formatters, one per MIME type (the first formatter that
    /// accepts the value wins), restricted to <paramref name="mimeTypes"/> when given.
    /// </summary>
    public static IReadOnlyList<FormattedValue> Format(object value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        var results = new List<FormattedValue>();
        foreach (var formatter in For(value.GetType()))
        {
            if (mimeTypes is { Count: > 0 } && !mimeTypes.Contains(formatter.MimeType)) continue;
            if (results.Any(r => r.MimeType == formatter.MimeType)) continue;
            if (formatter.Type is { } limited && !limited.IsInstanceOfType(value)) continue;
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            if (formatter.Format(value, writer)) results.Add(new FormattedValue(formatter.MimeType, writer.ToString()));
        }
        return results;
    }

    private static IReadOnlyList<Formatter> For(Type type) => cache.GetOrAdd(type, Discover);

    private static IReadOnlyList<Formatter> Discover(Type type)
    {
        var formatters = new List<Formatter>();
        foreach (var sourceType in SourceTypes(type))
        {
            var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (create is null) continue;
            var source = Activator.CreateInstance(sourceType, nonPublic: true);
            if (create.Invoke(source, null) is not IEnumerable created) continue;
            foreach (var formatter in created)
                if (formatter is not null && Bind(formatter) is { } bound)
                    formatters.Add(bound);
        }
        return formatters;
    }

    /// <summary>Formatter sources named by the type's attributes, the type's own first, then its base types'.</summary>
    private static IEnumerable<Type> SourceTypes(Type type)
    {
        var seen = new HashSet<Type>();
        for (var t = type; t is not null; t = t.BaseType)
            foreach (var attribute in t.GetCustomAttributes(inherit: false))
            {
                var attributeType = attribute.GetType();
                if (attributeType.Name != AttributeName) continue;
                if (attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) is Type source && seen.Add(source))
                    yield return source;
            }
    }

    private static Formatter? Bind(object formatter)
    {
        var type = formatter.GetType();
        if (type.GetProperty("MimeType")?.GetValue(formatter) is not string mimeType) return null;
        var format = type.GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, new[] { typeof(object), typeof(TextWriter) });
        if (format is null || format.ReturnType != typeof(bool)) return null;
        var limitedTo = type.GetProperty("Type")?.GetValue(formatter) as Type;
        return new Formatter(mimeType, limitedTo, (value, writer) =>
        {
            try
            {
                return (bool)format.Invoke(formatter, new[] { value, writer })!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw new InvalidOperationException(
                    $"The {mimeType} formatter of {value.GetType().Name} failed: {e.InnerException.Message}", e.InnerException);
            }
        });
    }
}
