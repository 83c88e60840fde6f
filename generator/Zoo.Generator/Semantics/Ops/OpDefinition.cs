using System;
using System.Collections.Generic;
using System.Linq;
using Zoo.Generator.Model;

namespace Zoo.Generator.Semantics.Ops;

/// <summary>Where an op may be used.</summary>
[Flags]
internal enum OpScope
{
    /// <summary>In "forward": tensor computations.</summary>
    Forward = 1,
    /// <summary>In "parameters"/"buffers": creating a tensor once, at construction.</summary>
    Create = 2,
    /// <summary>In "children": constructing a layer of the binding.</summary>
    Layer = 4,
    /// <summary>In "init": re-initialising a parameter in place.</summary>
    Init = 8,
    /// <summary>Scalar math, usable everywhere (derived values, shapes, forward).</summary>
    Scalar = 16,
}

/// <summary>How an op's result type follows from its arguments.</summary>
internal enum ResultRule
{
    Fixed,
    /// <summary>int when every numeric argument is an int, float otherwise (max, min, abs on numbers).</summary>
    NumericJoin,
}

/// <summary>
/// One built-in op or layer: its name in specs, where it may be used, its parameters, its result, the C# it becomes
/// (one or more templates; the emitter picks the first whose placeholders are exactly the arguments given) and the
/// name of its shape rule. Adding an op to the language is adding one of these.
/// </summary>
internal sealed class OpDefinition
{
    public OpDefinition(string name, OpScope scope, string summary, SpecType result, string[] templates, string? shape, OpParameter[] parameters, ResultRule rule = ResultRule.Fixed)
    {
        Name = name;
        Scope = scope;
        Summary = summary;
        Result = result;
        Templates = templates;
        Shape = shape;
        Parameters = parameters;
        Rule = rule;
    }

    public string Name { get; }

    public OpScope Scope { get; }

    public string Summary { get; }

    public SpecType Result { get; }

    public ResultRule Rule { get; }

    /// <summary>C# templates: <c>{name}</c> is an argument; a template is usable when it names exactly the arguments given.</summary>
    public string[] Templates { get; }

    /// <summary>The shape rule (see ShapeInference), or null when the result's shape is not inferred.</summary>
    public string? Shape { get; }

    public OpParameter[] Parameters { get; }

    /// <summary>A unique key: the name, plus the first parameter's kind for overloads (abs on a tensor or a number).</summary>
    public string Id => Name + "#" + (Parameters.Length == 0 ? "" : Parameters[0].Kind.ToString()) + "#" + Scope;

    public bool IsLayer => (Scope & OpScope.Layer) != 0;

    /// <summary>"softmax(input, dim)" for messages and docs.</summary>
    public string Signature =>
        Name + "(" + string.Join(", ", Parameters.Select(p =>
            (p.IsVariadic ? "*" : "") + p.Name + (p.Optional && p.DefaultDisplay is not null ? " = " + p.DefaultDisplay : p.Optional ? "?" : ""))) + ")";

    /// <summary>The placeholders a template uses.</summary>
    public static IEnumerable<string> PlaceholdersOf(string template)
    {
        for (var i = template.IndexOf('{'); i >= 0; i = template.IndexOf('{', i + 1))
        {
            var end = template.IndexOf('}', i);
            if (end < 0) yield break;
            yield return template.Substring(i + 1, end - i - 1);
        }
    }
}
