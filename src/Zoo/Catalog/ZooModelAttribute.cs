namespace Zoo;

/// <summary>Marks a module generated from a spec: its name, kind and the spec file it came from.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ZooModelAttribute : Attribute
{
    /// <summary>Marks the module generated from the spec <paramref name="spec"/>.</summary>
    public ZooModelAttribute(string name, string kind, string spec)
    {
        Name = name;
        Kind = kind;
        Spec = spec;
    }

    /// <summary>The spec's name (the class name).</summary>
    public string Name { get; }

    /// <summary>"block" or "network".</summary>
    public string Kind { get; }

    /// <summary>The spec file, relative to the spec root (for example "blocks/cbam.zoo.json").</summary>
    public string Spec { get; }
}
