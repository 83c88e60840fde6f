using Zoo.Generator.Diagnostics;

namespace Zoo.Generator.Model;

/// <summary>
/// The parse step's result for one file: its syntax (null when unreadable), its signature, its diagnostics, and whether
/// the spec is only referenced (compiled into a referenced assembly: indexed, never checked or generated here).
/// </summary>
internal sealed record ParsedSpec(string Path, string HintName, SpecSyntax? Syntax, SpecSignature? Signature, EquatableArray<SpecDiagnostic> Diagnostics, bool ReferenceOnly = false);
