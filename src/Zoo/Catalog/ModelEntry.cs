using static Zoo.Torch.torch;

namespace Zoo;

/// <summary>The paper a block or network comes from.</summary>
public sealed record PaperInfo(string Title, IReadOnlyList<string> Authors, string? Arxiv, int? Year, string? Url);

/// <summary>A hyperparameter as the catalog describes it: "reduction", "int", "16", "channel reduction ratio", "at least 1".</summary>
public sealed record HyperparameterInfo(string Name, string Type, string? Default, string? Doc, IReadOnlyList<string> Constraints);

/// <summary>
/// An example of a spec, ready to run: how to build the module, the input shapes, the output shapes and the exact
/// number of parameters it must have. Tests run every example of every spec.
/// </summary>
public sealed record ModelExample(string Label, Func<nn.Module> Create, IReadOnlyList<long[]> Inputs, IReadOnlyList<long[]> Outputs, long? Parameters);

/// <summary>
/// One model of the zoo, by name: a spec (a block or network with its hyperparameters) or a preset (a named
/// configuration of a spec). Generated from the specs into each assembly's <c>ModelCatalog</c>.
/// </summary>
public sealed class ModelEntry
{
    /// <summary>The name to ask for: the spec's name ("Cbam") or the preset's ("resnet50").</summary>
    public required string Name { get; init; }

    /// <summary>The spec this builds ("ResNet" for "resnet50").</summary>
    public required string Spec { get; init; }

    /// <summary>True for a preset, false for the spec itself.</summary>
    public bool IsPreset => Name != Spec;

    /// <summary>"block" or "network".</summary>
    public required string Kind { get; init; }

    /// <summary>The generated C# class.</summary>
    public required Type Type { get; init; }

    /// <summary>One line: what it is.</summary>
    public required string Summary { get; init; }

    /// <summary>A few sentences: how it works.</summary>
    public string? Description { get; init; }

    /// <summary>The paper it comes from.</summary>
    public PaperInfo? Paper { get; init; }

    /// <summary>The math, in LaTeX.</summary>
    public string? Math { get; init; }

    /// <summary>What it attends over: "channel", "spatial", "both", "self" or "none".</summary>
    public string? AttendsOver { get; init; }

    /// <summary>Where the zoo deliberately differs from a popular implementation, and why.</summary>
    public IReadOnlyList<string> Notes { get; init; } = Array.Empty<string>();

    /// <summary>The hyperparameters <see cref="Create"/> accepts (for a preset: those it leaves open).</summary>
    public IReadOnlyList<HyperparameterInfo> Hyperparameters { get; init; } = Array.Empty<HyperparameterInfo>();

    /// <summary>The inputs of forward with their annotated shapes: "x: [B, channels, H, W]".</summary>
    public IReadOnlyList<string> Inputs { get; init; } = Array.Empty<string>();

    /// <summary>The annotated shapes of forward's outputs.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = Array.Empty<string>();

    /// <summary>The spec file, relative to the spec root.</summary>
    public required string SpecPath { get; init; }

    /// <summary>Builds the model; hyperparameters not given take their defaults.</summary>
    public required Func<BlockArguments, nn.Module> Create { get; init; }

    /// <summary>Runs forward on a model this entry built: the inputs in order, the outputs in order.</summary>
    public required Func<nn.Module, Tensor[], Tensor[]> Forward { get; init; }

    /// <summary>The spec's examples (for a preset: those that use it).</summary>
    public IReadOnlyList<ModelExample> Examples { get; init; } = Array.Empty<ModelExample>();

    /// <summary>"resnet50 (network preset of ResNet): ...".</summary>
    public override string ToString() => $"{Name} ({Kind}{(IsPreset ? " preset of " + Spec : "")}): {Summary}";
}

/// <summary>Looking models up by name in a catalog.</summary>
public static class ModelEntries
{
    /// <summary>The entry with this name (ordinal, then ignoring case), or an exception listing close names.</summary>
    public static ModelEntry Find(IReadOnlyList<ModelEntry> entries, string name)
    {
        var exact = entries.FirstOrDefault(e => e.Name == name) ?? entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var close = entries.Select(e => e.Name).Where(n => n.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(n, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        throw new KeyNotFoundException($"No model is named '{name}'{(close.Count > 0 ? $" (did you mean {string.Join(", ", close)}?)" : "")}; {entries.Count} models are known.");
    }
}
