namespace Zoo.Generator.Parsing;

/// <summary>
/// The property names the spec language knows, per JSON object. The JSON Schema (model-specs/zoo-spec.schema.json)
/// lists the same names; a test keeps the two in step.
/// </summary>
internal static class SpecProperties
{
    public static readonly string[] Spec =
    {
        "$schema", "name", "kind", "namespace", "summary", "description", "paper", "math", "attends_over", "notes",
        "hyperparameters", "constants", "let", "parameters", "buffers", "children", "init", "forward", "presets", "examples",
    };

    public static readonly string[] SpecRequired = { "name", "kind", "summary", "forward" };

    public static readonly string[] Paper = { "title", "authors", "arxiv", "year", "url" };

    public static readonly string[] PaperRequired = { "title" };

    public static readonly string[] Hyperparameter =
    {
        "type", "default", "doc", "min", "max", "odd", "even", "divisible_by", "one_of", "length", "values", "args", "constants",
    };

    public static readonly string[] HyperparameterRequired = { "type" };

    public static readonly string[] Parameter = { "init", "doc" };

    public static readonly string[] Buffer = { "init", "doc", "persistent" };

    public static readonly string[] Child = { "create", "doc" };

    public static readonly string[] Preset = { "summary", "args" };

    public static readonly string[] Example = { "preset", "args", "input", "output", "parameters" };

    public static readonly string[] ExampleRequired = { "input", "output" };

    public static readonly string[] For = { "for", "do" };

    public static readonly string[] If = { "if", "then", "else" };

    public static readonly string[] Kinds = { "block", "network" };

    public static readonly string[] AttendsOver = { "channel", "spatial", "both", "self", "none" };

    public static readonly string[] HyperparameterTypes = { "int", "float", "bool", "int[]", "float[]", "int?", "float?", "enum", "block", "block?" };

    /// <summary>Types a block slot's use-site arguments may have.</summary>
    public static readonly string[] BlockArgumentTypes = { "int", "float", "bool", "int[]", "float[]", "int?", "float?", "block", "block?" };
}
