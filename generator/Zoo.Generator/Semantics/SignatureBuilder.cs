using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics;

/// <summary>Extracts a spec's <see cref="SpecSignature"/> (what other specs may rely on) from its syntax.</summary>
internal static class SignatureBuilder
{
    public const string DefaultBlocksNamespace = "Zoo.Blocks";
    public const string DefaultNetworksNamespace = "Zoo.Networks";

    public static string NamespaceOf(SpecSyntax spec) =>
        spec.Namespace ?? (spec.Kind == SpecKind.Block ? DefaultBlocksNamespace : DefaultNetworksNamespace);

    public static SpecSignature Build(SpecSyntax spec)
    {
        var inputs = new List<InputSignature>();
        foreach (var statement in spec.Forward)
        {
            if (statement is not AnnotationStmt annotation) break;
            if (inputs.Any(i => i.Name == annotation.Name)) break;
            inputs.Add(new InputSignature(annotation.Name, PositionStripper.Strip(annotation.Shape)));
        }
        var outputs = spec.Forward.OfType<ReturnStmt>().FirstOrDefault()?.Items
            .Select(i => new OutputSignature(i.Shape is null ? null : PositionStripper.Strip(i.Shape)))
            .ToEquatableArray() ?? EquatableArray<OutputSignature>.Empty;

        return new SpecSignature(
            spec.Name.Value,
            spec.Path,
            spec.HintName,
            spec.Kind,
            NamespaceOf(spec),
            spec.Hyperparameters.Select(PositionStripper.Strip).ToEquatableArray(),
            spec.Constants.Select(PositionStripper.Strip).ToEquatableArray(),
            spec.Lets.Select(PositionStripper.Strip).ToEquatableArray(),
            spec.Children.Select(PositionStripper.Strip).ToEquatableArray(),
            spec.Parameters.Select(PositionStripper.Strip).ToEquatableArray(),
            inputs.ToEquatableArray(),
            outputs,
            ReferencesOf(spec).ToEquatableArray());
    }

    /// <summary>
    /// The names a spec's construction may resolve to other specs: in children, derived values, parameters and
    /// defaults (presets and examples are entry points, not part of what a spec is made of). Names the spec defines
    /// itself are left out; the rest are candidates, matched against the index by whoever follows them.
    /// </summary>
    public static IEnumerable<string> ReferencesOf(SpecSyntax spec)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in spec.Hyperparameters) own.Add(h.Name.Value);
        foreach (var c in spec.Constants) own.Add(c.Name.Value);
        foreach (var l in spec.Lets) own.Add(l.Name.Value);
        foreach (var c in spec.Children) own.Add(c.Name.Value);
        foreach (var p in spec.Parameters) own.Add(p.Name.Value);
        foreach (var b in spec.Buffers) own.Add(b.Name.Value);

        var roots = spec.Children.Select(c => c.Value)
            .Concat(spec.Lets.Select(l => l.Value))
            .Concat(spec.Parameters.Select(p => p.Init))
            .Concat(spec.Hyperparameters.Select(h => h.Default).Where(d => d is not null).Select(d => d!));
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
            foreach (var expr in ExprWalker.DescendantsAndSelf(root))
                if (expr is NameExpr name && !own.Contains(name.Name)) seen.Add(name.Name);
        return seen;
    }

    /// <summary>Where a spec first names another (for pointing a cycle diagnostic at it).</summary>
    public static NameExpr? FirstReferenceTo(SpecSyntax spec, string target)
    {
        var roots = spec.Children.Select(c => c.Value)
            .Concat(spec.Lets.Select(l => l.Value))
            .Concat(spec.Parameters.Select(p => p.Init))
            .Concat(spec.Hyperparameters.Select(h => h.Default).Where(d => d is not null).Select(d => d!));
        foreach (var root in roots)
            foreach (var expr in ExprWalker.DescendantsAndSelf(root))
                if (expr is NameExpr name && name.Name == target) return name;
        return null;
    }
}
