using System;
using System.Collections.Generic;
using System.Linq;

namespace Zoo.Generator.Model;

/// <summary>
/// The signatures of every spec in the compilation, ordered by path. Each spec is checked against it (a network
/// using a block from another file, cycles, duplicate names). Compared by value: an edit that leaves every signature
/// the same leaves the index equal, and no other spec is checked again.
/// </summary>
internal sealed class SpecIndex : IEquatable<SpecIndex>
{
    private readonly Dictionary<string, SpecSignature> byName;

    public SpecIndex(EquatableArray<SpecSignature> specs)
    {
        Specs = specs;
        byName = new Dictionary<string, SpecSignature>(StringComparer.Ordinal);
        foreach (var spec in specs)
            if (!byName.ContainsKey(spec.Name)) byName[spec.Name] = spec; // the first by path wins; duplicates are reported
    }

    public EquatableArray<SpecSignature> Specs { get; }

    public IEnumerable<string> Names => byName.Keys;

    public SpecSignature? Find(string name) => byName.TryGetValue(name, out var spec) ? spec : null;

    /// <summary>The other specs with the same name (compared ignoring case: names become class and file names).</summary>
    public IEnumerable<SpecSignature> SameNameAs(SpecSignature spec) =>
        Specs.Where(s => s.Path != spec.Path && string.Equals(s.Name, spec.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Other generated specs whose file name collides with this one's (hint names compare ignoring case).</summary>
    public IEnumerable<SpecSignature> SameHintAs(string path, string hintName) =>
        Specs.Where(s => !s.ReferenceOnly && s.Path != path && string.Equals(s.HintName, hintName, StringComparison.OrdinalIgnoreCase));

    public bool Equals(SpecIndex? other) => other is not null && Specs.Equals(other.Specs);

    public override bool Equals(object? obj) => Equals(obj as SpecIndex);

    public override int GetHashCode() => Specs.GetHashCode();
}
