using System.Reflection;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Models;

/// <summary>
/// Turns what the command line says about a model (a name from the catalog and hyperparameter values in the spec
/// language's syntax) into the catalog's typed arguments, and builds it. Every mistake is a
/// <see cref="UsageException"/> naming the model, the hyperparameter and what it takes, with the closest names for a
/// mistyped one.
/// </summary>
public sealed class ModelBinder(IReadOnlyList<ModelEntry> catalog)
{
    /// <summary>The zoo's own catalog.</summary>
    public static ModelBinder Default { get; } = new(ModelCatalog.All);

    public IReadOnlyList<ModelEntry> Catalog { get; } = catalog;

    /// <summary>The entry with this name (exactly, else ignoring case).</summary>
    public ModelEntry Find(string name) =>
        Catalog.FirstOrDefault(e => e.Name == name)
        ?? Catalog.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"no model is named '{name}'{ClosestNames.Hint(name, Catalog.Select(e => e.Name))}; 'zoo list' shows them all");

    /// <summary>Builds a model from its text (<c>resnet20(in_channels: 1)</c>).</summary>
    public nn.Module<Tensor, Tensor> Create(NameSyntax model)
    {
        var entry = Find(model.Name);
        var arguments = Bind(entry, model.ArgumentsOrEmpty);
        RequireOneInput(entry);
        try
        {
            return (nn.Module<Tensor, Tensor>)entry.Create(arguments);
        }
        catch (ArgumentException e)
        {
            // A constraint of the spec (reduction at least 1, ...), a missing or twice-given value: the message names the
            // spec; the model's text goes first unless the message starts with it already.
            var message = Messages.Of(e);
            throw new UsageException(message.StartsWith(model.Name + " ", StringComparison.Ordinal) || message.StartsWith(model.Name + ":", StringComparison.Ordinal)
                ? message : $"{model}: {message}");
        }
    }

    /// <summary>Checks the arguments against <paramref name="entry"/>'s open hyperparameters and converts them.</summary>
    public BlockArguments Bind(ModelEntry entry, IReadOnlyList<NamedValue> arguments)
    {
        var bound = BlockArguments.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            if (!seen.Add(name)) throw new UsageException($"{entry.Name}: '{name}' is given twice");
            var hyperparameter = entry.Hyperparameters.FirstOrDefault(h => h.Name == name) ?? throw Unknown(entry, name);
            bound = With(bound, name, Convert(entry, hyperparameter, value));
        }
        return bound.For(entry.Name);
    }

    /// <summary>Whether <paramref name="entry"/> leaves this hyperparameter open (a preset fixes some).</summary>
    public static bool Takes(ModelEntry entry, string hyperparameter) => entry.Hyperparameters.Any(h => h.Name == hyperparameter);

    private UsageException Unknown(ModelEntry entry, string name)
    {
        if (entry.IsPreset && Catalog.FirstOrDefault(e => e.Name == entry.Spec) is { } spec && spec.Hyperparameters.Any(h => h.Name == name))
            return new UsageException($"{entry.Name} fixes '{name}' (it is a preset of {entry.Spec}); start from {entry.Spec} to choose it");
        var names = entry.Hyperparameters.Select(h => h.Name).ToList();
        return new UsageException($"{entry.Name} has no hyperparameter '{name}'{ClosestNames.Hint(name, names)}; " +
                                  (names.Count == 0 ? "it takes none" : $"it takes {string.Join(", ", names)}"));
    }

    private object? Convert(ModelEntry owner, HyperparameterInfo hyperparameter, ValueSyntax value)
    {
        var type = HyperparameterType.Parse(hyperparameter.Type);
        UsageException Wrong(string? why = null) =>
            new($"{owner.Name}: {hyperparameter.Name} takes {type}, not {ValueSyntax.Describe(value)}{(why is null ? "" : " (" + why + ")")}");

        if (value is NullSyntax)
        {
            if (!type.IsNullable) throw Wrong();
            if (hyperparameter.Default != "null") throw Wrong("null would not be its default, and only the default can be null from here");
            return null;
        }
        if (type.IsList)
        {
            if (value is not ListSyntax list) throw Wrong();
            var items = list.Items.Select(item => Scalar(type.Element, item) ?? throw Wrong()).ToArray();
            return type.Element == "int" ? items.Cast<long>().ToArray() : items.Select(i => i is long l ? l : (double)i).ToArray();
        }
        if (type.IsEnum)
        {
            var text = value switch { NameSyntax { Arguments: null } n => n.Name, TextSyntax t => t.Value, _ => null };
            if (text is null || !type.EnumValues.Contains(text, StringComparer.Ordinal)) throw Wrong();
            return EnumValue(owner, hyperparameter.Name, text);
        }
        if (type.IsBlock)
        {
            if (value is not NameSyntax reference) throw Wrong();
            return Reference(reference);
        }
        return Scalar(type.Element, value) ?? throw Wrong();
    }

    private static object? Scalar(string element, ValueSyntax value) => (element, value) switch
    {
        ("int", NumberSyntax { IsInteger: true } n) => n.AsLong,
        ("float", NumberSyntax n) => n.AsDouble,
        ("bool", BoolSyntax b) => b.Value,
        _ => null,
    };

    /// <summary>A block reference: the spec (or preset) with some hyperparameters fixed, and its constants.</summary>
    public BlockFactory Reference(NameSyntax reference)
    {
        var entry = Find(reference.Name);
        var bound = Bind(entry, reference.ArgumentsOrEmpty);
        RequireOneInput(entry);
        return new BlockFactory(entry.Name, bound, Constants(entry), arguments => (nn.Module<Tensor, Tensor>)entry.Create(arguments));
    }

    private static void RequireOneInput(ModelEntry entry)
    {
        if (!typeof(nn.Module<Tensor, Tensor>).IsAssignableFrom(entry.Type))
            throw new UsageException($"{entry.Name} takes {entry.Inputs.Count} inputs ({string.Join(", ", entry.Inputs)}); only a model with one input and one output can be used here");
    }

    // The constants (a bottleneck's expansion) live on the generated class's Block() factory, which fixes nothing
    // when called with no arguments.
    private static IReadOnlyDictionary<string, object> Constants(ModelEntry entry)
    {
        var block = entry.Type.GetMethod("Block", BindingFlags.Public | BindingFlags.Static);
        if (block is null || block.ReturnType != typeof(BlockFactory)) return new Dictionary<string, object>();
        var template = (BlockFactory)block.Invoke(null, block.GetParameters().Select(_ => (object?)null).ToArray())!;
        return template.Constants;
    }

    // Enum hyperparameters are nested C# enums of the generated class ("zero_pad" → CifarResNet.Shortcut.ZeroPad);
    // the constructor's parameter of the same name has the type.
    private static object EnumValue(ModelEntry entry, string hyperparameter, string value)
    {
        var parameter = entry.Type.GetConstructors().SelectMany(c => c.GetParameters()).FirstOrDefault(p => p.Name == hyperparameter)
            ?? throw new InvalidOperationException($"{entry.Type.Name} has no constructor parameter '{hyperparameter}'.");
        var enumType = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        static string Key(string s) => s.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var name = Enum.GetNames(enumType).FirstOrDefault(n => Key(n) == Key(value))
            ?? throw new InvalidOperationException($"{enumType.Name} has no member for '{value}'.");
        return Enum.Parse(enumType, name);
    }

    private static BlockArguments With(BlockArguments arguments, string name, object? value) => value switch
    {
        null => arguments,
        long l => arguments.With(name, l),
        double d => arguments.With(name, d),
        bool b => arguments.With(name, b),
        long[] ls => arguments.With(name, ls),
        double[] ds => arguments.With(name, ds),
        BlockFactory f => arguments.With(name, f),
        Enum e => WithEnum(arguments, name, e),
        _ => throw new InvalidOperationException($"No way to pass a {value.GetType().Name} as '{name}'."),
    };

    private static readonly MethodInfo WithEnumMethod = typeof(BlockArguments).GetMethods()
        .Single(m => m.Name == nameof(BlockArguments.WithEnum) && !m.GetParameters()[1].ParameterType.IsGenericType);

    private static BlockArguments WithEnum(BlockArguments arguments, string name, Enum value) =>
        (BlockArguments)WithEnumMethod.MakeGenericMethod(value.GetType()).Invoke(arguments, new object[] { name, value })!;
}
