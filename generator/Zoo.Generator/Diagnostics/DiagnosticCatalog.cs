using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Zoo.Generator.Diagnostics;

/// <summary>
/// The ids, titles and messages of every ZOO diagnostic (documented with examples and fixes in docs/diagnostics.md).
/// Messages say what is wrong and how to fix it; the arguments fill in the particulars.
/// </summary>
internal static class DiagnosticCatalog
{
    private const string Category = "Zoo.Spec";
    private const string HelpRoot = "https://github.com/zoo-attention/zoo/blob/main/docs/diagnostics.md#";

    private static readonly Dictionary<DiagnosticKind, DiagnosticDescriptor> ByKind = new()
    {
        [DiagnosticKind.InvalidJson] = Error("ZOO001", "Invalid JSON", "Invalid JSON: {0}"),
        [DiagnosticKind.MissingProperty] = Error("ZOO002", "Missing required property", "{0} needs the property \"{1}\": add it{2}"),
        [DiagnosticKind.UnknownProperty] = Error("ZOO003", "Unknown property", "Unknown property \"{0}\" in {1}: {2}"),
        [DiagnosticKind.WrongJsonType] = Error("ZOO004", "Property has the wrong JSON type", "\"{0}\" must be {1}, not {2}"),
        [DiagnosticKind.InvalidValue] = Error("ZOO005", "Invalid value", "{0}"),
        [DiagnosticKind.ExpressionSyntax] = Error("ZOO006", "Syntax error in an expression", "Syntax error: {0}"),
        [DiagnosticKind.UnknownFunction] = Error("ZOO007", "Unknown op or layer", "Unknown op or layer '{0}': {1}"),
        [DiagnosticKind.UndefinedName] = Error("ZOO008", "Undefined name", "The name '{0}' is not defined here: {1}"),
        [DiagnosticKind.WrongArguments] = Error("ZOO009", "Wrong number of arguments", "{0}"),
        [DiagnosticKind.ArgumentType] = Error("ZOO010", "Argument of the wrong kind", "Argument '{0}' of {1} must be {2}, not {3}"),
        [DiagnosticKind.DuplicateName] = Error("ZOO011", "Duplicate name", "'{0}' is defined twice (first {1}): give it another name"),
        [DiagnosticKind.DefaultTypeMismatch] = Error("ZOO012", "Default does not match the hyperparameter's type", "The default of '{0}' must be {1}, not {2}"),
        [DiagnosticKind.UnknownSpec] = Error("ZOO013", "Unknown spec", "No spec is named '{0}': {1}"),
        [DiagnosticKind.ReferenceCycle] = Error("ZOO014", "Spec reference cycle", "Spec reference cycle {0}: a spec cannot contain itself, directly or through others; break the cycle"),
        [DiagnosticKind.ShapeCannotHold] = Error("ZOO015", "Shape annotation cannot hold", "The shape annotation cannot hold: {0}"),
        [DiagnosticKind.ConstraintViolated] = Error("ZOO016", "Value violates a constraint", "{0} violates the constraint of '{1}': {2}"),
        [DiagnosticKind.TypeMismatch] = Error("ZOO017", "Type mismatch", "Type mismatch: {0}"),
        [DiagnosticKind.InvalidName] = Error("ZOO018", "Invalid name", "'{0}' cannot be used as a name: {1}"),
        [DiagnosticKind.DuplicateSpec] = Error("ZOO019", "Two specs have the same name", "Two specs are named '{0}' (the other one is {1}): spec names become class names and must be unique"),
        [DiagnosticKind.ExampleMismatch] = Error("ZOO020", "Example does not match the spec", "Example {0}: {1}"),
        [DiagnosticKind.InvalidForward] = Error("ZOO021", "Invalid forward", "{0}"),
        [DiagnosticKind.MaybeNull] = Error("ZOO022", "Optional value used without a check", "'{0}' may be null here: {1}"),
        [DiagnosticKind.UnusedMember] = Warning("ZOO023", "Unused child or derived value", "'{0}' is never used: {1}"),
        [DiagnosticKind.HintNameCollision] = Error("ZOO024", "Two spec files map to the same generated file", "This spec and {0} map to the same generated file name '{1}': rename one of the files"),
        [DiagnosticKind.IncompatibleBlock] = Error("ZOO025", "Block does not fit the slot", "{0} does not fit '{1}': {2}"),
        [DiagnosticKind.InternalError] = Error("ZOO099", "The generator failed", "The generator failed on this spec ({0}); please report it with the spec"),
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = BuildIdIndex();

    public static IEnumerable<DiagnosticDescriptor> All => ByKind.Values;

    public static DiagnosticDescriptor Of(DiagnosticKind kind) => ByKind[kind];

    public static string IdOf(DiagnosticKind kind) => ByKind[kind].Id;

    public static DiagnosticDescriptor? OfId(string id) => ById.TryGetValue(id, out var d) ? d : null;

    private static Dictionary<string, DiagnosticDescriptor> BuildIdIndex()
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in ByKind.Values) index[descriptor.Id] = descriptor;
        return index;
    }

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + id.ToLowerInvariant());
}
