using Microsoft.CodeAnalysis;
using Zoo.Generator.Model;
using Zoo.Generator.Tests.Infrastructure;

namespace Zoo.Generator.Tests;

/// <summary>
/// The pipeline caches: an unchanged rerun does no work, an edit touches only the edited spec's outputs, and an edit
/// that only moves text rewrites nothing (positions live beside the models that are emitted, not in them).
/// </summary>
public class IncrementalTests
{
    private const string Cbam = GeneratorRun.SpecRoot + "blocks/cbam.zoo.json";

    private static GeneratorRun Zoo() => GeneratorRun.Of(SpecFiles.AsFiles(SpecFiles.Zoo));

    private static string Text(GeneratorRun run, string path) => ((InMemoryAdditionalText)run.Files.Single(f => f.Path == path)).Content;

    /// <summary>Each output of a step with its reason (outputs of per-file steps are in file order).</summary>
    private static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string step) =>
        run.Single.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

    private static IncrementalStepRunReason ModuleReason(GeneratorRun run, string hintName)
    {
        var outputs = Outputs(run, TrackingNames.Module);
        var found = outputs.Where(o => o.Value is ModuleModel m && m.HintName == hintName).ToList();
        Assert.True(found.Count == 1, $"{hintName}: {found.Count} outputs among {string.Join(", ", outputs.Select(o => (o.Value as ModuleModel)?.HintName + " " + o.Reason))}");
        return found[0].Reason;
    }

    [Fact]
    public void An_unchanged_rerun_finds_every_step_cached_or_unchanged()
    {
        var rerun = Zoo().Rerun();
        foreach (var (step, runs) in rerun.Single.TrackedSteps)
            foreach (var output in runs.SelectMany(r => r.Outputs))
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}");
        foreach (var (step, runs) in rerun.Single.TrackedOutputSteps)
            foreach (var output in runs.SelectMany(r => r.Outputs))
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}");
    }

    [Fact]
    public void Editing_one_spec_changes_only_its_outputs()
    {
        var first = Zoo();
        var edited = Text(first, Cbam).Replace("the shared MLP's hidden width is C / r.", "the hidden width of the shared MLP is C / r.");
        Assert.NotEqual(Text(first, Cbam), edited);
        var second = first.Rerun(Cbam, edited);

        Assert.Equal(IncrementalStepRunReason.Modified, ModuleReason(second, "blocks/cbam.g.cs"));
        foreach (var hint in new[] { "blocks/se.g.cs", "blocks/eca.g.cs", "blocks/danet-pam.g.cs", "networks/resnet.g.cs", "networks/bottleneck.g.cs" })
            Assert.True(ModuleReason(second, hint) is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, hint);
        Assert.Contains("the hidden width of the shared MLP", second.SourceOf("blocks/cbam.g.cs"));
        Assert.Equal(first.SourceOf("blocks/se.g.cs"), second.SourceOf("blocks/se.g.cs"));
        // The hyperparameter's doc is part of the catalog entry, so the catalog is rewritten too.
        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(second, TrackingNames.Catalog).Single().Reason);
    }

    [Fact]
    public void Editing_a_forward_statement_leaves_the_catalog_untouched()
    {
        var first = Zoo();
        var edited = Text(first, Cbam).Replace("\"x = x * sigmoid(a)\"", "\"x = sigmoid(a) * x\"");
        Assert.NotEqual(Text(first, Cbam), edited);
        var second = first.Rerun(Cbam, edited);

        Assert.Equal(IncrementalStepRunReason.Modified, ModuleReason(second, "blocks/cbam.g.cs"));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Outputs(second, TrackingNames.CatalogEntry).Single(o => o.Value is CatalogEntryModel { ClassName: "Cbam" }).Reason);
        Assert.True(Outputs(second, TrackingNames.Catalog).Single().Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void A_whitespace_only_edit_leaves_every_output_unchanged()
    {
        var first = Zoo();
        // Whitespace outside strings only: blank lines first, trailing spaces and deeper indentation on every line.
        var edited = "\n\n" + Text(first, Cbam).Replace("\n", "   \n    ");
        var second = first.Rerun(Cbam, edited);

        // The parsed syntax moved (positions differ), so the file is parsed and checked again ...
        Assert.Contains(Outputs(second, TrackingNames.Parse), o => o.Reason == IncrementalStepRunReason.Modified);
        // ... but the model to emit is equal: the generated file is not rewritten, nor is the catalog.
        Assert.True(ModuleReason(second, "blocks/cbam.g.cs") is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.True(Outputs(second, TrackingNames.Catalog).Single().Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        // Other specs do not even see a change: the index holds no positions.
        Assert.True(Outputs(second, TrackingNames.Index).Single().Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Equal(first.SourceOf("blocks/cbam.g.cs"), second.SourceOf("blocks/cbam.g.cs"));
    }

    [Fact]
    public void Diagnostics_follow_a_whitespace_edit_to_their_new_positions()
    {
        var spec = "{ \"name\": \"T\", \"kind\": \"block\", \"summary\": \"s\", \"forward\": [\"x: [B]\", \"return y\"] }";
        var first = GeneratorRun.Of(("t.zoo.json", spec));
        var second = first.Rerun(GeneratorRun.SpecRoot + "t.zoo.json", "\n\n" + spec);
        Assert.Equal(0, first.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(2, second.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
    }
}
