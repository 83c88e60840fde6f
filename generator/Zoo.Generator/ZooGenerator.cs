using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Emit;
using Zoo.Generator.Model;
using Zoo.Generator.Parsing;
using Zoo.Generator.Semantics;

namespace Zoo.Generator;

/// <summary>
/// Turns every *.zoo.json spec of a project into a TorchSharp-style module, plus a catalog of them all.
/// Pipeline: additional files → parse (syntax with positions, per file) → signatures → index (all specs) → check
/// (per file, against the index) → position-free module models → C#. Diagnostics travel beside the models, so an edit
/// that changes nothing but positions rewrites no generated file. Reference-only specs (<see cref="SpecFile"/>) stop
/// at the index: they are there to be used, and were generated in the assembly that ships them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ZooGenerator : IIncrementalGenerator
{
    public const string SpecExtension = ".zoo.json";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => GeneratorSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var specFiles = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(SpecExtension, StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, _) => SpecFile.From(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecFile);

        var parsed = specFiles
            .Combine(settings)
            .Select((pair, cancellation) => Parse(pair.Left, pair.Right, cancellation))
            .WithTrackingName(TrackingNames.Parse);

        var index = parsed
            .Select((spec, _) => spec.Signature)
            .WithTrackingName(TrackingNames.Signature)
            .Collect()
            .Select((signatures, _) => new SpecIndex(signatures.Where(s => s is not null).Select(s => s!).OrderBy(s => s.Path, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Index);

        var checkedSpecs = parsed
            .Combine(index)
            .Select((pair, cancellation) => Check(pair.Left, pair.Right, cancellation))
            .WithTrackingName(TrackingNames.Check);

        var modules = checkedSpecs
            .Select((spec, _) => spec.Module)
            .WithTrackingName(TrackingNames.Module);

        var diagnostics = checkedSpecs
            .Select((spec, _) => spec.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        var catalog = modules
            .Select((module, _) => module is null ? null : CatalogEntryModel.From(module))
            .WithTrackingName(TrackingNames.CatalogEntry)
            .Collect()
            .Combine(settings)
            .Select((pair, _) => new CatalogModel(
                pair.Right.CatalogNamespace,
                pair.Left.Where(e => e is not null).Select(e => e!).OrderBy(e => e.ClassName, StringComparer.Ordinal).ThenBy(e => e.RelativePath, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(modules, static (output, module) =>
        {
            if (module is not null) output.AddSource(module.HintName, SourceText.From(ModuleEmitter.Emit(module), System.Text.Encoding.UTF8));
        });
        context.RegisterSourceOutput(diagnostics, static (output, found) =>
        {
            foreach (var diagnostic in found) output.ReportDiagnostic(ToRoslyn(diagnostic));
        });
        context.RegisterSourceOutput(catalog, static (output, model) =>
        {
            if (model.Entries.Count > 0) output.AddSource(CatalogEmitter.HintName, SourceText.From(CatalogEmitter.Emit(model), System.Text.Encoding.UTF8));
        });
    }

    internal static ParsedSpec Parse(SpecFile spec, GeneratorSettings settings, CancellationToken cancellation)
    {
        var file = spec.Text;
        var hint = HintNames.For(file.Path, settings.SpecRoot);
        try
        {
            var text = file.GetText(cancellation);
            if (text is null)
                return new ParsedSpec(file.Path, hint, null, null, EquatableArray.Of(SpecDiagnostic.Create(DiagnosticKind.InvalidJson, file.Path, SourceRange.None, "the file cannot be read")), spec.ReferenceOnly);
            var (syntax, diagnostics) = SpecParser.Parse(file.Path, hint, text);
            var signature = syntax is null ? null : SignatureBuilder.Build(syntax) with { ReferenceOnly = spec.ReferenceOnly };
            return new ParsedSpec(file.Path, hint, syntax, signature, diagnostics, spec.ReferenceOnly);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParsedSpec(file.Path, hint, null, null, EquatableArray.Of(InternalError(file.Path, e)), spec.ReferenceOnly);
        }
    }

    internal static CheckedSpec Check(ParsedSpec parsed, SpecIndex index, CancellationToken cancellation)
    {
        // A reference-only spec was checked and generated where it was compiled; its problems are not this project's.
        if (parsed.ReferenceOnly) return new CheckedSpec(null, EquatableArray<SpecDiagnostic>.Empty);
        // Structural errors stop here: checking names and types of a half-read spec would mostly echo them.
        if (parsed.Syntax is null || parsed.Diagnostics.Any(IsError)) return new CheckedSpec(null, parsed.Diagnostics);
        try
        {
            var result = SpecChecker.Check(parsed.Syntax, index, cancellation);
            return new CheckedSpec(result.Module, parsed.Diagnostics.Concat(result.Diagnostics).ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new CheckedSpec(null, parsed.Diagnostics.Concat(new[] { InternalError(parsed.Path, e) }).ToEquatableArray());
        }
    }

    private static bool IsError(SpecDiagnostic diagnostic) =>
        DiagnosticCatalog.OfId(diagnostic.Id)?.DefaultSeverity == DiagnosticSeverity.Error;

    private static SpecDiagnostic InternalError(string path, Exception e) =>
        SpecDiagnostic.Create(DiagnosticKind.InternalError, path, SourceRange.None, e.GetType().Name + ": " + e.Message);

    internal static Diagnostic ToRoslyn(SpecDiagnostic diagnostic)
    {
        var descriptor = DiagnosticCatalog.OfId(diagnostic.Id) ?? DiagnosticCatalog.Of(DiagnosticKind.InternalError);
        var location = Location.Create(diagnostic.Path, diagnostic.Range.Span, diagnostic.Range.Lines);
        return Diagnostic.Create(descriptor, location, diagnostic.Arguments.Select(a => (object)a).ToArray());
    }
}
