using Zoo.Generator.Model;

namespace Zoo.Generator.Diagnostics;

/// <summary>
/// A diagnostic as a value: the catalog id, where in the spec (the file path travels with the spec), and the message
/// arguments. Turned into a Roslyn <c>Diagnostic</c> only when reported, so pipeline models never hold a Location.
/// </summary>
internal sealed record SpecDiagnostic(string Id, string Path, SourceRange Range, EquatableArray<string> Arguments)
{
    public static SpecDiagnostic Create(DiagnosticKind kind, string path, SourceRange range, params string[] arguments) =>
        new(DiagnosticCatalog.IdOf(kind), path, range, arguments.ToEquatableArray());
}
