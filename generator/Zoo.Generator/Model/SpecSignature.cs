namespace Zoo.Generator.Model;

/// <summary>
/// What other specs need to know about a spec: its C# class, hyperparameters, constants, derived values, children and
/// parameters (to evaluate shapes and parameter counts of a use), its forward's inputs and outputs, and which specs it
/// uses (to find cycles). Positions are stripped, so moving text around in a spec does not disturb the specs using it.
/// </summary>
internal sealed record SpecSignature(
    string Name,
    string Path,
    string HintName,
    SpecKind Kind,
    string Namespace,
    EquatableArray<HyperparameterSyntax> Hyperparameters,
    EquatableArray<NamedExpr> Constants,
    EquatableArray<NamedExpr> Lets,
    EquatableArray<NamedExpr> Children,
    EquatableArray<TensorDeclSyntax> Parameters,
    EquatableArray<InputSignature> Inputs,
    EquatableArray<OutputSignature> Outputs,
    EquatableArray<string> References)
{
    /// <summary>
    /// The spec belongs to a referenced assembly (its class exists there): usable by name, but it generates no file
    /// here, so it cannot collide with one.
    /// </summary>
    public bool ReferenceOnly { get; init; }

    /// <summary>The fully qualified C# class.</summary>
    public string Clr => "global::" + Namespace + "." + Name;
}

internal sealed record InputSignature(string Name, ShapeSyntax? Shape);

internal sealed record OutputSignature(ShapeSyntax? Shape);
