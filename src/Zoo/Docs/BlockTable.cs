using System.Text;

namespace Zoo.Docs;

/// <summary>
/// <c>docs/blocks.md</c>: every attention block of the catalog in one table (paper, what it attends over, parameters
/// and MACs at its first example, its switches), then each block's defaults and the notes on where it differs from
/// popular implementations. Everything comes from the specs through <see cref="ModelCatalog"/>.
/// </summary>
public static class BlockTable
{
    /// <summary>The page and how to write it.</summary>
    public static GeneratedDocument Document { get; } = new("docs/blocks.md", Generate);

    /// <summary>
    /// The attention blocks: every block spec (not a preset) that attends over something. Residual units such as
    /// BasicBlock are blocks too, but attend over nothing ("none").
    /// </summary>
    public static IEnumerable<ModelEntry> Blocks(IEnumerable<ModelEntry> catalog) =>
        catalog.Where(e => !e.IsPreset && e.Kind == "block" && e.AttendsOver is { } over && over != "none");

    /// <summary>The page's markdown.</summary>
    public static string Generate()
    {
        var blocks = Blocks(ModelCatalog.All).ToList();
        var text = new StringBuilder();
        text.Append("# The attention blocks\n\n");
        text.Append("<!-- Generated from the specs by `").Append(GeneratedDocuments.RewriteCommand)
            .Append("`; do not edit by hand (a test fails when this page differs from what the command writes). -->\n\n");
        text.Append("Every attention block of the zoo, generated from its spec in [`model-specs/`](../model-specs). ");
        text.Append("Parameters and MACs are measured on the block built from its spec's first example, on that example's input ");
        text.Append("(the whole batch). MACs are multiply-accumulates of one forward pass: convolutions, linear layers and matrix ");
        text.Append("products (an attention map's `bmm` included); element-wise operations, normalisation and pooling are not counted. ");
        text.Append("FLOPs are usually quoted as 2 x MACs. *Attends over*: `channel` reweights channels, `spatial` positions, ");
        text.Append("`both` does both, `self` relates positions (or channels) to each other. *Switches* are the enum and bool ");
        text.Append("hyperparameters, default first.\n\n");

        var columns = new (string, bool)[]
        {
            ("Block", false), ("Paper", false), ("Attends over", false), ("Built as", false), ("Input", false),
            ("Parameters", true), ("MACs", true), ("Switches", false),
        };
        text.Append(Markdown.Table(columns, blocks.Select(Row)));

        text.Append("\n## Defaults and differences from popular implementations\n");
        foreach (var block in blocks) AppendDetails(text, block);
        return text.ToString();
    }

    private static IReadOnlyList<string> Row(ModelEntry block)
    {
        var example = block.Examples.FirstOrDefault();
        var cost = example is null ? null : ExampleCost.Measure(block, example);
        return new[]
        {
            $"[{block.Name}](#{Anchor(block.Name)})",
            Markdown.Paper(block.Paper),
            block.AttendsOver ?? "",
            example is null ? "" : "`" + Markdown.Cell(Construction(block, example)) + "`",
            example is null ? "" : string.Join(", ", example.Inputs.Select(Markdown.Shape)),
            cost is null ? "" : Markdown.Count(cost.Parameters),
            cost is null ? "" : Markdown.Count(cost.MACs),
            Markdown.Cell(string.Join("; ", Switches(block))),
        };
    }

    private static void AppendDetails(StringBuilder text, ModelEntry block)
    {
        text.Append("\n### ").Append(block.Name).Append("\n\n");
        text.Append(block.Summary).Append(" Spec: [`").Append(block.SpecPath).Append("`](../model-specs/").Append(block.SpecPath).Append(").\n\n");
        var defaults = block.Hyperparameters.Where(h => h.Default is not null).Select(h => $"`{h.Name} = {h.Default}`").ToList();
        var required = block.Hyperparameters.Where(h => h.Default is null).Select(h => $"`{h.Name}`").ToList();
        if (required.Count > 0) text.Append("- Required: ").AppendJoin(", ", required).Append(".\n");
        if (defaults.Count > 0) text.Append("- Defaults: ").AppendJoin(", ", defaults).Append(".\n");
        foreach (var note in block.Notes) text.Append("- ").Append(note).Append('\n');
    }

    /// <summary>
    /// "Cbam(channels: 64)": the example's arguments are the part of its label after "#n" ("#1 (channels: 64)"),
    /// as the catalog writes them.
    /// </summary>
    private static string Construction(ModelEntry block, ModelExample example)
    {
        var open = example.Label.IndexOf('(');
        return block.Name + (open >= 0 ? example.Label[open..] : "()");
    }

    /// <summary>"variant: paper | official": each enum or bool hyperparameter with its default first.</summary>
    private static IEnumerable<string> Switches(ModelEntry block)
    {
        foreach (var h in block.Hyperparameters)
        {
            if (h.Type == "bool")
                yield return $"`{h.Name}`: {h.Default} | {(h.Default == "true" ? "false" : "true")}";
            else if (h.Type.StartsWith("enum {", StringComparison.Ordinal))
            {
                var values = h.Type["enum {".Length..].TrimEnd('}').Split(',', StringSplitOptions.TrimEntries);
                var first = h.Default?.Trim('\'');
                var ordered = values.Where(v => v == first).Concat(values.Where(v => v != first));
                yield return $"`{h.Name}`: " + string.Join(" | ", ordered);
            }
        }
    }

    /// <summary>GitHub's heading anchor for a block's name: lower case (names are identifiers).</summary>
    private static string Anchor(string name) => name.ToLowerInvariant();
}
