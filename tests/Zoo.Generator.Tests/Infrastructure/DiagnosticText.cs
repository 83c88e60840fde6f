using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>Diagnostics as snapshot text: "ZOO008 Error The name ... | path: (line,col)-(line,col)", one-based.</summary>
public static class DiagnosticText
{
    public static string Format(IEnumerable<Diagnostic> diagnostics, string pathRoot = GeneratorRun.SpecRoot) =>
        string.Join("\n", diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => Format(d, pathRoot)));

    public static string Format(Diagnostic diagnostic, string pathRoot = GeneratorRun.SpecRoot)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.StartsWith(pathRoot, StringComparison.Ordinal) ? span.Path[pathRoot.Length..] : span.Path;
        string P(LinePosition p) => "(" + (p.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (p.Character + 1).ToString(CultureInfo.InvariantCulture) + ")";
        return $"{diagnostic.Id} {diagnostic.Severity} {diagnostic.GetMessage(CultureInfo.InvariantCulture)} | {path}: {P(span.StartLinePosition)}-{P(span.EndLinePosition)}";
    }
}
