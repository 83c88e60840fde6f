using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Zoo.Summary;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo summary &lt;model&gt; [--input 1x3x224x224] [--arg name=value] [--depth 3] [--json]</c>: a torchinfo-style
/// table of every layer of a catalog model (block, network or preset) with its output shape, parameters and MACs,
/// and the totals; <c>--json</c> prints the same for machines.
/// </summary>
public static class SummaryCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("model") { Description = "A block, network or preset of the catalog (resnet50, Cbam, ...)." };
        var input = new Option<string[]>("--input")
        {
            Description = "An input shape, sizes joined by x (one per input); by default one image of the size the model is made for (224x224, or the CIFAR networks' 32x32).",
            HelpName = "shape",
            AllowMultipleArgumentsPerToken = false,
        };
        input.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (ParseShape(token.Value) is null)
                    result.AddError($"--input must be positive sizes joined by x, like 1x3x224x224, got '{token.Value}'");
        });
        var arguments = new Option<string[]>("--arg")
        {
            Description = "A hyperparameter, name=value (ints, floats and bools), for example num_classes=10.",
            HelpName = "name=value",
        };
        var depth = new Option<int>("--depth") { Description = "The deepest layers shown (0: the model only).", DefaultValueFactory = _ => 3 };
        depth.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, CultureInfo.InvariantCulture, out var d) && d < 0)
                result.AddError($"--depth must be 0 or more, got {d}");
        });
        var json = new Option<bool>("--json") { Description = "Print JSON (every layer down to --depth, the totals and sizes)." };

        var command = new Command("summary", "Show a model's layers with their output shapes, parameters and MACs, and the totals.")
        {
            model, input, arguments, depth, json,
        };
        command.Validators.Add(result =>
        {
            var name = result.GetValue(model);
            var entry = ModelCatalog.All.FirstOrDefault(e => e.Name == name);
            if (entry is null)
            {
                result.AddError($"unknown model '{name}': 'zoo summary' takes a name of the catalog, such as resnet50 or Cbam");
                return;
            }
            foreach (var text in result.GetValue(arguments) ?? Array.Empty<string>())
                if (Argument(entry, text) is { Error: { } message }) result.AddError(message);
        });
        command.SetAction((parsed, cancellation) => RunAsync(
            ModelCatalog.Find(parsed.GetRequiredValue(model)),
            parsed.GetValue(input) ?? Array.Empty<string>(),
            parsed.GetValue(arguments) ?? Array.Empty<string>(),
            parsed.GetValue(depth),
            parsed.GetValue(json),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    private static async Task<int> RunAsync(ModelEntry entry, string[] inputs, string[] arguments, int depth, bool json,
        TextWriter output, TextWriter error)
    {
        var values = arguments.Aggregate(BlockArguments.Empty, (a, text) => Argument(entry, text).Apply(a));
        ModelSummary summary;
        try
        {
            var shapes = inputs.Length > 0 ? inputs.Select(i => ParseShape(i)!).ToList() : NativeInput.For(entry);
            summary = ModelSummarizer.Summarize(entry, shapes, values);
        }
        catch (Exception e) when (e is ArgumentException or ShapeMismatchException or InvalidOperationException or Zoo.Torch.TorchException)
        {
            await error.WriteLineAsync($"zoo summary {entry.Name}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        await output.WriteAsync(json ? SummaryJson.Format(summary, depth) + "\n" : SummaryTable.Format(summary, depth)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>"1x3x224x224" (or commas) as sizes; null when it is not one.</summary>
    private static long[]? ParseShape(string text)
    {
        var parts = text.Split('x', ',');
        var sizes = new long[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!long.TryParse(parts[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out sizes[i]) || sizes[i] <= 0) return null;
        return sizes;
    }

    /// <summary>name=value checked against the model's hyperparameters.</summary>
    private static ParsedArgument Argument(ModelEntry entry, string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0) return new ParsedArgument($"--arg must be name=value, got '{text}'");
        var (name, value) = (text[..equals].Trim(), text[(equals + 1)..].Trim());
        var hyperparameter = entry.Hyperparameters.FirstOrDefault(h => h.Name == name);
        if (hyperparameter is null)
            return new ParsedArgument($"{entry.Name} has no hyperparameter '{name}' (it has {string.Join(", ", entry.Hyperparameters.Select(h => h.Name))})");
        return hyperparameter.Type switch
        {
            "int" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => new ParsedArgument(a => a.With(name, i)),
            "float" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) => new ParsedArgument(a => a.With(name, f)),
            "bool" when bool.TryParse(value, out var b) => new ParsedArgument(a => a.With(name, b)),
            "int" or "float" or "bool" => new ParsedArgument($"--arg {name} takes {(hyperparameter.Type == "int" ? "an" : "a")} {hyperparameter.Type}, got '{value}'"),
            _ => new ParsedArgument($"--arg sets ints, floats and bools; {name} is {hyperparameter.Type}"),
        };
    }

    private sealed record ParsedArgument(string? Error, Func<BlockArguments, BlockArguments>? With = null)
    {
        public ParsedArgument(Func<BlockArguments, BlockArguments> with) : this(null, with) { }

        public BlockArguments Apply(BlockArguments arguments) => With!(arguments);
    }
}
