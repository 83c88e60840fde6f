using System.CommandLine;
using System.Text;
using Zoo.Cli.Models;
using Zoo.Cli.Output;
using Zoo.Docs;
using Zoo.Torch;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo describe &lt;name&gt;</c>: one model in full: summary and description, paper, math, inputs and outputs,
/// hyperparameters (type, default, constraints, meaning), what a preset fixes, the spec's presets and examples, and
/// the parameters and MACs measured on its first example.
/// </summary>
public static class DescribeCommand
{
    public static Command Create() => Create(ModelBinder.Default);

    public static Command Create(ModelBinder binder)
    {
        var name = new Argument<ModelEntry>("name")
        {
            Description = "A block, network or preset (see 'zoo list').",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                try
                {
                    return binder.Find(text);
                }
                catch (UsageException e)
                {
                    result.AddError(e.Message);
                    return null!;
                }
            },
        };
        var noCost = new Option<bool>("--no-cost") { Description = "Do not build the first example to measure its parameters and MACs." };
        var command = new Command("describe", "Describe a block, network or preset: paper, math, hyperparameters, presets, examples, cost.") { name, noCost };
        CommandAction.Set(command, async (parsed, console) =>
        {
            await console.Output.WriteAsync(Describe(parsed.GetValue(name)!, binder, measure: !parsed.GetValue(noCost))).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    public static string Describe(ModelEntry entry, ModelBinder binder, bool measure = true)
    {
        var text = new StringBuilder();
        var spec = binder.Catalog.FirstOrDefault(e => e.Name == entry.Spec && !e.IsPreset) ?? entry;
        text.Append(entry.Name).Append(" — ").Append(entry.IsPreset ? $"{entry.Kind} preset of {entry.Spec}" : entry.Kind)
            .Append(" (spec model-specs/").Append(entry.SpecPath).Append(")\n");
        text.Append(Wrap.Text(entry.Summary));
        if (entry.Description is { } description) text.Append('\n').Append(Wrap.Text(description));
        text.Append('\n');

        if (entry.Paper is { } paper)
        {
            var line = new StringBuilder(paper.Title);
            if (paper.Authors.Count > 0) line.Append(" — ").Append(string.Join(", ", paper.Authors));
            if (paper.Year is { } year) line.Append(" (").Append(year).Append(')');
            if (paper.Arxiv is { } arxiv) line.Append(". https://arxiv.org/abs/").Append(arxiv);
            else if (paper.Url is { } url) line.Append(". ").Append(url);
            text.Append("Paper:        ").Append(Wrap.Text(line.ToString(), indent: new string(' ', 14)).TrimStart());
        }
        if (entry.AttendsOver is { } over) text.Append("Attends over: ").Append(over).Append('\n');
        if (entry.Math is { } math) text.Append("Math:         ").Append(math).Append('\n');
        text.Append("Input:        ").Append(string.Join("; ", entry.Inputs)).Append('\n');
        text.Append("Output:       ").Append(string.Join("; ", entry.Outputs)).Append('\n');

        object? built = null;
        if (entry.IsPreset)
        {
            built = TryBuild(entry);
            if (built is not null)
            {
                var fixedValues = SpecValues.Fixed(entry, spec, built);
                if (fixedValues.Count > 0) text.Append("Fixes:        ").Append(string.Join(", ", fixedValues)).Append('\n');
            }
            (built as IDisposable)?.Dispose();
        }

        text.Append("\nHyperparameters").Append(entry.IsPreset ? " (those the preset leaves open)" : "").Append(":\n");
        if (entry.Hyperparameters.Count == 0) text.Append("  none\n");
        else
        {
            var table = new TextTable("  NAME", "TYPE", "DEFAULT", "RULE", "MEANING");
            foreach (var h in entry.Hyperparameters)
                table.Add("  " + h.Name, h.Type, h.Default ?? "required", h.Constraints.Count == 0 ? "-" : string.Join(", ", h.Constraints), h.Doc ?? "");
            text.Append(table.Render());
        }

        var presets = binder.Catalog.Where(e => e.IsPreset && e.Spec == spec.Name && e.Name != entry.Name).ToList();
        if (presets.Count > 0)
        {
            text.Append(entry.IsPreset ? $"\nOther presets of {spec.Name}:\n" : "\nPresets:\n");
            var table = new TextTable("  NAME", "SUMMARY");
            foreach (var p in presets) table.Add("  " + p.Name, p.Summary);
            text.Append(table.Render());
        }

        if (entry.Notes.Count > 0)
        {
            text.Append("\nNotes:\n");
            foreach (var note in entry.Notes) text.Append("- ").Append(Wrap.Text(note, indent: "  ")[2..]);
        }

        if (entry.Examples.Count > 0)
        {
            text.Append("\nExamples:\n");
            var table = new TextTable("  EXAMPLE", "INPUT", "OUTPUT", "PARAMETERS").AlignRight(3);
            foreach (var e in entry.Examples)
                table.Add("  " + e.Label, string.Join(", ", e.Inputs.Select(Numbers.Shape)), string.Join(", ", e.Outputs.Select(Numbers.Shape)),
                    e.Parameters is { } p ? Numbers.Count(p) : "-");
            text.Append(table.Render());
            if (measure)
            {
                var first = entry.Examples[0];
                var cost = ExampleCost.Measure(entry, first);
                text.Append("\nCost of example ").Append(first.Label).Append(" on ").Append(string.Join(", ", first.Inputs.Select(Numbers.Shape)))
                    .Append(": ").Append(Numbers.Count(cost.Parameters)).Append(" parameters, ").Append(Numbers.Short(cost.MACs))
                    .Append(" MACs per forward pass (").Append(Numbers.Count(cost.MACs)).Append(").\n");
            }
        }
        return text.ToString();
    }

    // A preset's module, to read back the values it fixes: from its first example, or with the defaults.
    private static object? TryBuild(ModelEntry entry)
    {
        try
        {
            return entry.Examples.Count > 0 ? entry.Examples[0].Create() : entry.Create(BlockArguments.Empty);
        }
        catch (ArgumentException)
        {
            return null; // a required hyperparameter is left open and there is no example
        }
    }
}
