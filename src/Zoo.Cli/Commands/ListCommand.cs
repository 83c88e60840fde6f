using System.CommandLine;
using Zoo.Cli.Models;
using Zoo.Cli.Output;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo list [text] [--kind block|network|preset] [--attends channel|spatial|both|self|none]</c>: every block,
/// network and preset of the catalog, one line each, with what it attends over and its summary.
/// </summary>
public static class ListCommand
{
    public static Command Create() => Create(ModelBinder.Default);

    public static Command Create(ModelBinder binder)
    {
        var text = new Argument<string?>("text")
        {
            Description = "Only models whose name, spec, summary or description contains this text (ignoring case).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        text.Validators.Add(result =>
        {
            // An option the parser does not know would otherwise be taken as the text to look for.
            if (result.GetValueOrDefault<string?>() is { } t && t.StartsWith('-')) result.AddError($"unknown command or option '{t}'");
        });
        var kind = new Option<string?>("--kind")
        {
            Description = "Only blocks, networks or presets (named configurations of a spec).",
            HelpName = "kind",
        }.AcceptOnlyFromAmong("block", "network", "preset");
        var attends = new Option<string?>("--attends")
        {
            Description = "Only models that attend over channels, spatial positions, both, with self-attention, or nothing.",
            HelpName = "what",
        }.AcceptOnlyFromAmong("channel", "spatial", "both", "self", "none");

        var command = new Command("list", "List the zoo's blocks, networks and presets.") { text, kind, attends };
        CommandAction.Set(command, (parsed, console) =>
        {
            var entries = Filter(binder.Catalog, parsed.GetValue(text), parsed.GetValue(kind), parsed.GetValue(attends)).ToList();
            var table = new TextTable("NAME", "KIND", "ATTENDS", "SUMMARY");
            foreach (var e in entries)
                table.Add(e.Name, e.IsPreset ? $"preset of {e.Spec}" : e.Kind, e.AttendsOver ?? "-", e.Summary);
            if (entries.Count == 0)
            {
                console.Output.WriteLine("No model matches; 'zoo list' without filters shows them all.");
                return Task.FromResult(0);
            }
            console.Output.Write(table.Render(console.Interactive ? Math.Max(80, System.Console.WindowWidth) : null));
            int blocks = entries.Count(e => !e.IsPreset && e.Kind == "block"), networks = entries.Count(e => !e.IsPreset && e.Kind == "network");
            console.Output.WriteLine($"{Plural(entries.Count, "model")}: {Plural(blocks, "block")}, {Plural(networks, "network")}, {Plural(entries.Count - blocks - networks, "preset")}. " +
                                     "'zoo describe <name>' tells more.");
            return Task.FromResult(0);
        });
        return command;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>The entries that pass every filter given.</summary>
    public static IEnumerable<ModelEntry> Filter(IEnumerable<ModelEntry> entries, string? text, string? kind, string? attends) => entries
        .Where(e => kind is null || (kind == "preset" ? e.IsPreset : !e.IsPreset && e.Kind == kind))
        .Where(e => attends is null || e.AttendsOver == attends)
        .Where(e => string.IsNullOrEmpty(text) || new[] { e.Name, e.Spec, e.Summary, e.Description ?? "" }.Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase)));
}
