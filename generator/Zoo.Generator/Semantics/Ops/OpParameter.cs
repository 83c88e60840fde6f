using System.Collections.Generic;

namespace Zoo.Generator.Semantics.Ops;

/// <summary>What an op's parameter accepts, and so how its argument is checked and written in C#.</summary>
internal enum ParameterKind
{
    Tensor,
    /// <summary>A list of tensors: a list literal of tensors or a tensor-list value.</summary>
    TensorList,
    Int,
    /// <summary>A float (an int is widened).</summary>
    Float,
    Bool,
    /// <summary>An int or an int list, written as <c>new long[] { ... }</c> (dims of a reduction, an output size).</summary>
    Ints,
    /// <summary>An int or an int list, written as a long or a long[] (split sizes).</summary>
    IntOrInts,
    /// <summary>The rest of the positional ints, or one int list: <c>view(x, B, -1)</c>, <c>view(x, shape)</c>.</summary>
    IntVarargs,
    /// <summary>The rest of the positional tensors.</summary>
    TensorVarargs,
    /// <summary>A literal string (an einsum equation).</summary>
    String,
    /// <summary>A literal string from a fixed set, written as a C# enum member.</summary>
    Choice,
    /// <summary>An int, float or bool written as a <c>Scalar</c>.</summary>
    Scalar,
    /// <summary>The rest of the positional arguments, each a module or a list of modules (flattened).</summary>
    ModuleVarargs,
    /// <summary>An int list or null.</summary>
    OptionalInts,
    /// <summary>A float list, a float, or null (a scale factor).</summary>
    OptionalFloats,
    OptionalInt,
    OptionalBool,
    /// <summary>Any number: int stays int, float stays float (scalar math).</summary>
    Number,
    /// <summary>The rest of the positional numbers (max(a, b, c)).</summary>
    NumberVarargs,
    /// <summary>A list of ints or a list of tensors (len).</summary>
    AnyList,
    /// <summary>A size of a 2-D layer: an int, or [height, width] (then every pair-sized argument is written as a tuple).</summary>
    IntPair,
    /// <summary>An <see cref="IntPair"/> that may be null (a pooling stride).</summary>
    OptionalIntPair,
}

/// <summary>One parameter of an op or layer: its name (usable as a named argument), what it accepts, its default.</summary>
internal sealed class OpParameter
{
    public OpParameter(string name, ParameterKind kind, bool optional, string? defaultDisplay = null, IReadOnlyDictionary<string, string>? choices = null)
    {
        Name = name;
        Kind = kind;
        Optional = optional;
        DefaultDisplay = defaultDisplay;
        Choices = choices;
    }

    public string Name { get; }

    public ParameterKind Kind { get; }

    public bool Optional { get; }

    /// <summary>The default as the docs show it ("0", "false", "null").</summary>
    public string? DefaultDisplay { get; }

    /// <summary>For <see cref="ParameterKind.Choice"/>: each accepted string and the C# expression it becomes.</summary>
    public IReadOnlyDictionary<string, string>? Choices { get; }

    public bool IsVariadic => Kind is ParameterKind.IntVarargs or ParameterKind.TensorVarargs or ParameterKind.ModuleVarargs or ParameterKind.NumberVarargs;
}
