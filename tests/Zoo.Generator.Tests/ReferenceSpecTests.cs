using Microsoft.CodeAnalysis;
using Zoo.Generator.Tests.Infrastructure;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Generator.Tests;

/// <summary>
/// Reference-only specs: the specs a referenced assembly was generated from (the Zoo package ships its own, and its
/// build file marks them ZooReferenceOnly). A project's specs use them by name with every build-time check, and the
/// generated code calls the referenced assembly's classes; they generate no file, no catalog entry, no diagnostic.
/// </summary>
public class ReferenceSpecTests
{
    /// <summary>Where a package's specs lie on a user's machine: outside the project's spec root.</summary>
    private const string PackageSpecs = "/home/user/.nuget/packages/zoo/0.1.0/specs/";

    private static IEnumerable<InMemoryAdditionalText> ZooAsReferences() =>
        SpecFiles.Zoo.Select(f => new InMemoryAdditionalText(PackageSpecs + f.Path, f.Json));

    /// <summary>A user's network: the zoo's CBAM as a child, as a slot's default, and the zoo's SE in a preset.</summary>
    private static string TinyNet(long parameters = 2010, string name = "TinyNet") => $$"""
        {
          "name": "{{name}}",
          "kind": "network",
          "namespace": "Consumer.Networks",
          "summary": "A stem, the zoo's CBAM, an optional attention block and a classifier.",
          "hyperparameters": {
            "num_classes": { "type": "int", "default": 10, "min": 1 },
            "attention": { "type": "block?", "default": "Cbam(reduction: 8)", "args": { "channels": "int" } }
          },
          "children": {
            "conv": "Conv2d(3, 32, 3, padding: 1)",
            "cbam": "Cbam(32, reduction: 8)",
            "attn": "attention != null ? attention(32) : null",
            "fc": "Linear(32, num_classes)"
          },
          "forward": [
            "x: [B, 3, H, W]",
            "x = cbam(relu(conv(x))): [B, 32, H, W]",
            "x = attn != null ? attn(x) : x",
            "return fc(mean(x, dim: [2, 3])): [B, num_classes]"
          ],
          "presets": { "tiny_se": { "args": { "attention": "Se(reduction: 8)" } } },
          "examples": [
            { "args": {}, "input": [2, 3, 16, 16], "output": [2, 10], "parameters": {{parameters}} },
            { "preset": "tiny_se", "input": [2, 3, 16, 16], "output": [2, 10], "parameters": 1910 }
          ]
        }
        """;

    private static GeneratorRun Consumer(string json, bool withZoo = true) => GeneratorRun.Of(
        new[] { new InMemoryAdditionalText(GeneratorRun.SpecRoot + "tiny-net.zoo.json", json) },
        rootNamespace: "Consumer",
        referenceOnly: withZoo ? ZooAsReferences() : null);

    [Fact]
    public void Reference_only_specs_generate_nothing_and_report_nothing_even_when_broken()
    {
        var broken = new InMemoryAdditionalText(PackageSpecs + "blocks/broken.zoo.json", "{ \"name\": \"Broken\", \"kind\": ");
        var run = GeneratorRun.Of(Array.Empty<AdditionalText>(), referenceOnly: ZooAsReferences().Append(broken));

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_project_spec_uses_the_referenced_blocks_and_only_it_is_generated()
    {
        var run = Consumer(TinyNet());

        Assert.Empty(run.Diagnostics);
        Assert.Equal(new[] { "ModelCatalog.cs", "tiny-net.g.cs" }, run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        var generated = run.SourceOf("tiny-net.g.cs");
        Assert.Contains("new global::Zoo.Blocks.Cbam(", generated);
        Assert.Contains("global::Zoo.Blocks.Se.Block(", generated);
        var catalog = run.SourceOf("ModelCatalog.cs");
        Assert.Contains("Type = typeof(global::Consumer.Networks.TinyNet)", catalog);
        Assert.DoesNotContain("Type = typeof(global::Zoo.", catalog);
    }

    [Fact]
    public void The_generated_code_runs_on_the_referenced_assembly_s_classes()
    {
        var run = Consumer(TinyNet());
        var compilation = CompilationFactory.ForFeatures(run.Sources.Select(s => s.SyntaxTree), "ZooConsumerOfReferences");
        CompilationFactory.AssertClean(compilation);
        var assembly = CompilationFactory.Load(compilation);
        var catalog = (IReadOnlyList<ModelEntry>)assembly.GetType("Consumer.ModelCatalog")!.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(new[] { "TinyNet", "tiny_se" }, catalog.Select(e => e.Name));
        foreach (var example in catalog[0].Examples)
        {
            manual_seed(0);
            using var scope = NewDisposeScope();
            using var module = example.Create();
            Assert.Equal(example.Parameters, module.parameters().Sum(p => p.numel()));
            Assert.Equal(typeof(Zoo.Blocks.Cbam), module.named_children().Single(c => c.name == "cbam").module.GetType());
            module.eval();
            using var noGrad = no_grad();
            var output = catalog[0].Forward(module, example.Inputs.Select(shape => randn(shape)).ToArray()).Single();
            Assert.Equal(example.Outputs[0], output.shape);
        }
    }

    [Fact]
    public void Parameter_counts_are_evaluated_through_the_referenced_specs()
    {
        var run = Consumer(TinyNet(parameters: 2000));

        var error = Assert.Single(run.Errors);
        Assert.Equal("ZOO020", error.Id);
        Assert.Contains("the spec has 2,010 parameters", error.GetMessage());
        Assert.EndsWith("tiny-net.zoo.json", error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Without_the_referenced_specs_the_zoo_s_blocks_are_unknown()
    {
        var run = Consumer(TinyNet(), withZoo: false);

        Assert.Contains(run.Errors, e => e.Id == "ZOO013" && e.GetMessage().StartsWith("No spec is named 'Cbam'", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, s => s.HintName == "tiny-net.g.cs");
    }

    [Fact]
    public void A_project_spec_named_like_a_referenced_spec_is_a_duplicate_at_the_project_s_spec()
    {
        var run = Consumer(TinyNet(name: "Cbam"));

        var duplicate = Assert.Single(run.Errors, e => e.Id == "ZOO019");
        Assert.Contains(PackageSpecs + "blocks/cbam.zoo.json", duplicate.GetMessage());
        Assert.Equal(GeneratorRun.SpecRoot + "tiny-net.zoo.json", duplicate.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_referenced_spec_cannot_collide_with_a_generated_file_name()
    {
        // Both map to "blocks/se.g.cs" ignoring case; only the project's spec makes a file.
        var mine = new InMemoryAdditionalText(GeneratorRun.SpecRoot + "blocks/se.zoo.json", SpecFiles.Zoo.Single(f => f.Path == "blocks/se.zoo.json").Json.Replace("\"name\": \"Se\"", "\"name\": \"MySe\""));
        var referenced = new InMemoryAdditionalText(GeneratorRun.SpecRoot + "Blocks/se.zoo.json", SpecFiles.Zoo.Single(f => f.Path == "blocks/se.zoo.json").Json);
        var run = GeneratorRun.Of(new[] { mine }, referenceOnly: new[] { referenced });

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "blocks/se.g.cs");
    }
}
