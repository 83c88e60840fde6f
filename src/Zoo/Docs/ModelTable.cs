using System.Text;
using Zoo.Summary;

namespace Zoo.Docs;

/// <summary>
/// <c>docs/models.md</c>: every network of the catalog (each preset), with its parameters and the MACs of one forward
/// pass on one image of the size it is made for (224x224, or 32x32 for the CIFAR networks: <see cref="NativeInput"/>),
/// grouped by spec, with each spec's notes (where the zoo differs from a popular implementation, and where a paper's
/// figure cannot be reproduced). Everything comes from the specs through <see cref="ModelCatalog"/>.
/// </summary>
public static class ModelTable
{
    /// <summary>The page and how to write it.</summary>
    public static GeneratedDocument Document { get; } = new("docs/models.md", Generate);

    /// <summary>The network specs, in catalog order.</summary>
    public static IEnumerable<ModelEntry> Networks(IEnumerable<ModelEntry> catalog) =>
        catalog.Where(e => !e.IsPreset && e.Kind == "network");

    /// <summary>The page's markdown.</summary>
    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# The networks\n\n");
        text.Append("<!-- Generated from the specs by `").Append(GeneratedDocuments.RewriteCommand)
            .Append("`; do not edit by hand (a test fails when this page differs from what the command writes). -->\n\n");
        text.Append("Every network of the zoo (each preset of each network spec in [`model-specs/networks/`](../model-specs/networks)), ");
        text.Append("measured by building it from its spec and running it once on one zero image: ImageNet networks on 224x224, ");
        text.Append("the CIFAR networks (those whose examples take 32x32 images) on 32x32. Parameters are exact. MACs are the ");
        text.Append("multiply-accumulates of that forward pass: convolutions, linear layers and matrix products (an attention map's ");
        text.Append("`bmm` included); element-wise operations, normalisation and pooling are not counted; FLOPs are usually quoted ");
        text.Append("as 2 x MACs. `zoo summary <network>` shows the same figures layer by layer.\n\n");

        var networks = Networks(ModelCatalog.All).ToList();
        text.Append("| Spec | Networks |\n|---|---|\n");
        foreach (var network in networks)
            text.Append("| [").Append(network.Name).Append("](#").Append(network.Name.ToLowerInvariant()).Append(") | ")
                .AppendJoin(", ", Presets(network).Select(p => "`" + p.Name + "`")).Append(" |\n");

        foreach (var network in networks) AppendSpec(text, network);
        return text.ToString();
    }

    private static IEnumerable<ModelEntry> Presets(ModelEntry network) =>
        ModelCatalog.All.Where(e => e.IsPreset && e.Spec == network.Name);

    private static void AppendSpec(StringBuilder text, ModelEntry network)
    {
        text.Append("\n## ").Append(network.Name).Append("\n\n");
        text.Append(network.Summary).Append(' ');
        if (network.Paper is not null) text.Append("Paper: ").Append(Markdown.Paper(network.Paper)).Append(". ");
        text.Append("Spec: [`").Append(network.SpecPath).Append("`](../model-specs/").Append(network.SpecPath).Append(").\n\n");

        var columns = new (string, bool)[]
        {
            ("Network", false), ("What it is", false), ("Input", false), ("Output", false), ("Parameters", true), ("MACs", true),
        };
        text.Append(Markdown.Table(columns, Presets(network).Select(Row)));
        if (network.Notes.Count > 0)
        {
            text.Append('\n');
            foreach (var note in network.Notes) text.Append("- ").Append(note).Append('\n');
        }
    }

    private static IReadOnlyList<string> Row(ModelEntry preset)
    {
        var summary = ModelSummarizer.Summarize(preset, NativeInput.For(preset));
        return new[]
        {
            "`" + preset.Name + "`",
            Markdown.Cell(preset.Summary),
            string.Join(", ", summary.InputShapes.Select(Markdown.Shape)),
            string.Join(", ", summary.OutputShapes.Select(Markdown.Shape)),
            Markdown.Count(summary.TotalParameters),
            Markdown.Count(summary.MACs),
        };
    }
}
