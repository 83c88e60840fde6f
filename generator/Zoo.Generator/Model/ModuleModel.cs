namespace Zoo.Generator.Model;

/// <summary>
/// Everything the emitter needs to write one module's C#, checked and position-free: the class's identity and docs,
/// hyperparameters with their validation, members with their bound construction, forward's statements, presets and
/// examples. Two models are equal exactly when the generated files would be equal.
/// </summary>
internal sealed record ModuleModel(
    string HintName,
    string RelativePath,
    string Namespace,
    string ClassName,
    SpecKind Kind,
    SpecDocs Docs,
    EquatableArray<HyperparameterModel> Hyperparameters,
    EquatableArray<MemberModel> Constants,
    EquatableArray<MemberModel> Lets,
    EquatableArray<TensorMemberModel> Parameters,
    EquatableArray<TensorMemberModel> Buffers,
    EquatableArray<MemberModel> Children,
    EquatableArray<BoundStmt> Init,
    ForwardModel Forward,
    EquatableArray<PresetModel> Presets,
    EquatableArray<ExampleModel> Examples)
{
    public string Clr => "global::" + Namespace + "." + ClassName;
}

internal sealed record HyperparameterModel(
    string Name,
    SpecType Type,
    BoundExpr? Default,
    string? Doc,
    EquatableArray<ConstraintModel> Constraints,
    string TypeText,
    string? DefaultText);

/// <summary>A constraint to check in the constructor; <see cref="Text"/> is how messages and docs state it.</summary>
internal sealed record ConstraintModel(ConstraintKind Kind, BoundExpr? Value, EquatableArray<BoundExpr> Values, string Text, string OperandText);

/// <summary>A constant, derived value or child: its name, type, how it is computed, its doc.</summary>
internal sealed record MemberModel(string Name, SpecType Type, BoundExpr Value, string? Doc);

internal sealed record TensorMemberModel(string Name, BoundExpr Init, string? Doc, bool Persistent);

internal sealed record ForwardModel(EquatableArray<InputModel> Inputs, int Outputs, EquatableArray<BoundStmt> Body, EquatableArray<string> OutputShapes);

internal sealed record InputModel(string Name, string Shape);

/// <summary>A preset: the arguments it fixes; the hyperparameters it leaves open stay parameters of its factory.</summary>
internal sealed record PresetModel(string Name, string? Summary, EquatableArray<BoundNamedArgument> Arguments);

/// <summary>An example as a test: how to build the module, the input shapes, and what must come out.</summary>
internal sealed record ExampleModel(
    string? Preset,
    EquatableArray<BoundNamedArgument> Arguments,
    EquatableArray<EquatableArray<long>> Inputs,
    EquatableArray<EquatableArray<long>> Outputs,
    long? Parameters,
    string Label);
