namespace Zoo.Generator.Model;

/// <summary>Whether a spec is a building block or a whole network; decides the default namespace.</summary>
internal enum SpecKind
{
    Block,
    Network,
}

/// <summary>
/// Everything a .zoo.json file says, as read (names, types and expressions with where they were written), before any
/// name is resolved. Produced by the parse step; value-equatable so an unchanged file is a cache hit.
/// </summary>
internal sealed record SpecSyntax(
    string Path,
    string HintName,
    Located<string> Name,
    SpecKind Kind,
    string? Namespace,
    SpecDocs Docs,
    EquatableArray<HyperparameterSyntax> Hyperparameters,
    EquatableArray<NamedExpr> Constants,
    EquatableArray<NamedExpr> Lets,
    EquatableArray<TensorDeclSyntax> Parameters,
    EquatableArray<TensorDeclSyntax> Buffers,
    EquatableArray<NamedExpr> Children,
    EquatableArray<Stmt> Init,
    EquatableArray<Stmt> Forward,
    SourceRange ForwardRange,
    EquatableArray<PresetSyntax> Presets,
    EquatableArray<ExampleSyntax> Examples);

/// <summary>The documentation of a spec: it becomes XML docs, the catalog entry and the docs tables.</summary>
internal sealed record SpecDocs(
    string Summary,
    string? Description,
    PaperSyntax? Paper,
    string? Math,
    string? AttendsOver,
    EquatableArray<string> Notes);

internal sealed record PaperSyntax(string Title, EquatableArray<string> Authors, string? Arxiv, long? Year, string? Url);

/// <summary>A name bound to an expression: a derived value, a constant, a child.</summary>
internal sealed record NamedExpr(Located<string> Name, Expr Value, string? Doc);

/// <summary>The declared type of a hyperparameter.</summary>
internal enum HyperparameterKind
{
    Int,
    Float,
    Bool,
    IntList,
    FloatList,
    OptionalInt,
    OptionalFloat,
    Enum,
    Block,
    OptionalBlock,
}

/// <summary>
/// A typed hyperparameter. For a block reference, <see cref="BlockArguments"/> are the hyperparameters the use site
/// supplies (in order) and <see cref="BlockConstants"/> the constants the block must declare.
/// </summary>
internal sealed record HyperparameterSyntax(
    Located<string> Name,
    HyperparameterKind Kind,
    SourceRange TypeRange,
    EquatableArray<string> EnumValues,
    EquatableArray<BlockArgumentSyntax> BlockArguments,
    EquatableArray<Located<string>> BlockConstants,
    Expr? Default,
    string? Doc,
    EquatableArray<ConstraintSyntax> Constraints);

internal sealed record BlockArgumentSyntax(Located<string> Name, HyperparameterKind Kind, SourceRange TypeRange);

/// <summary>The constraints a hyperparameter's values must meet.</summary>
internal enum ConstraintKind
{
    Min,
    Max,
    Odd,
    Even,
    DivisibleBy,
    OneOf,
    Length,
}

/// <summary>A constraint and its operand (a number, or an expression over other hyperparameters).</summary>
internal sealed record ConstraintSyntax(ConstraintKind Kind, Expr? Value, EquatableArray<Expr> Values, SourceRange Range);

/// <summary>A parameter or buffer created directly, with its initial value.</summary>
internal sealed record TensorDeclSyntax(Located<string> Name, Expr Init, string? Doc, bool Persistent);

/// <summary>A named configuration, emitted as a static factory method.</summary>
internal sealed record PresetSyntax(Located<string> Name, string? Summary, EquatableArray<ArgumentSyntax> Arguments);

/// <summary>An argument given by name in a preset or an example.</summary>
internal sealed record ArgumentSyntax(Located<string> Name, Expr Value);

/// <summary>An input → output example with the exact parameter count; each one becomes a test.</summary>
internal sealed record ExampleSyntax(
    SourceRange Range,
    Located<string>? Preset,
    EquatableArray<ArgumentSyntax> Arguments,
    EquatableArray<ShapeValue> Inputs,
    EquatableArray<ShapeValue> Outputs,
    long? ParameterCount,
    SourceRange ParameterCountRange);

/// <summary>A concrete shape written in an example.</summary>
internal sealed record ShapeValue(EquatableArray<long> Dimensions, SourceRange Range);
