using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Zoo.Generator;

/// <summary>
/// A spec file the compiler hands to the generator, and whether the project only refers to it. A reference-only spec
/// was compiled into an assembly the project references (the Zoo package ships its specs for this): it joins the
/// index, so the project's own specs can use it by name with every check (arguments, slots, shapes, exact parameter
/// counts), but it generates no code, no catalog entry and no diagnostic here.
/// </summary>
internal sealed record SpecFile(AdditionalText Text, bool ReferenceOnly)
{
    /// <summary>The AdditionalFiles item metadata that marks a reference-only spec (made visible by Zoo.Generator.props).</summary>
    public const string ReferenceOnlyMetadata = "ZooReferenceOnly";

    public static SpecFile From(AdditionalText text, AnalyzerConfigOptionsProvider options) =>
        new(text, options.GetOptions(text).TryGetValue("build_metadata.AdditionalFiles." + ReferenceOnlyMetadata, out var value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
}
