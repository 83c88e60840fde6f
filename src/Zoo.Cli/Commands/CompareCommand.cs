using System.CommandLine;
using System.Diagnostics;
using Zoo.Cli.Models;
using Zoo.Cli.Options;
using Zoo.Cli.Output;
using Zoo.Cli.Runs;
using Zoo.Training;
using Zoo.Training.Progress;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo compare [models...] [--data name] [--full] [recipe options] [--out folder]</c>: trains several models under
/// one recipe on the same data and writes one report (CSV, JSON, an offline HTML page with Plotly charts, PNG images
/// when Chromium is installed). Without models it compares ResNet-20 without attention and with SE, CBAM, ECA and
/// GC blocks; without --full on a subset sized to finish in minutes on a laptop's CPU.
/// </summary>
public static class CompareCommand
{
    /// <summary>The models compared when none are named: the same network without and with four attention blocks.</summary>
    public static readonly IReadOnlyList<string> DefaultModels = new[]
    {
        "resnet20", "se_resnet20", "cbam_resnet20", "eca_resnet20", "gc_resnet20=resnet20(attention: GlobalContext)",
    };

    /// <summary>The quick recipe's defaults: a random training subset and few epochs.</summary>
    public const int QuickTrainSize = 10_000, QuickEpochs = 4;

    /// <summary>The full recipe's defaults (--full): all the training data, more epochs.</summary>
    public const int FullEpochs = 30;

    public static Command Create() => Create(ModelBinder.Default);

    public static Command Create(ModelBinder binder)
    {
        var models = ModelArgument.Many(
            "Models to compare (default: " + string.Join(", ", DefaultModels) + "); a label may come first: \"gc=resnet20(attention: GlobalContext)\".",
            binder, ArgumentArity.ZeroOrMore);
        var arguments = ModelArgumentOptions.Create();
        var full = new Option<bool>("--full")
        {
            Description = $"The full recipe: all the training data and {FullEpochs} epochs (default: a {QuickTrainSize:N0}-image subset and {QuickEpochs} epochs).",
        };
        var data = new DataOptions(defaultTrainSize: null);
        data.TrainSize.Description = $"Train on a random subset of this many images (default: {QuickTrainSize:N0}; all with --full).";
        var recipe = new RecipeOptions(defaultEpochs: QuickEpochs);
        recipe.Epochs.Description = $"Epochs to train each model (default: {QuickEpochs}; {FullEpochs} with --full).";
        var device = new DeviceOptions();
        var output = new Option<string?>("--out")
        {
            Description = "The report's folder; each model's checkpoints go to its checkpoints/ (default: reports/compare-<data>, or reports/compare-<data>-full).",
            HelpName = "folder",
        };
        var title = new Option<string?>("--title") { Description = "The report's title.", HelpName = "text" };
        var restart = new Option<bool>("--restart") { Description = "Train every model from scratch even when the folder holds checkpoints of this comparison." };
        var noImages = new Option<bool>("--no-images") { Description = "Do not render PNG images of the charts (they need Chromium)." };
        var plain = new Option<bool>("--plain") { Description = "Progress as plain lines, even in a terminal." };

        var command = new Command("compare", "Train several models under one recipe and write one report comparing their accuracy and cost.") { models, arguments, full };
        foreach (var option in data.All.Concat(recipe.All).Concat(device.All)) command.Options.Add(option);
        foreach (var option in new Option[] { output, title, restart, noImages, plain }) command.Options.Add(option);
        ModelArgument.CheckArguments(command, r => Requests(r.GetValue(models)), arguments, binder);
        command.Validators.Add(result =>
        {
            if (!OptionChecks.Parsed(() => result.GetValue(models), out var given)) return;
            var duplicate = Requests(given).GroupBy(m => m.Label, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) result.AddError($"'{duplicate.Key}' is named twice; give one a label: label=model");
        });

        CommandAction.Set(command, async (parsed, console) =>
        {
            var clock = Stopwatch.StartNew();
            bool isFull = parsed.GetValue(full);
            bool Given(Option option) => parsed.GetResult(option) is { Implicit: false };
            var chosenDevice = device.Apply(parsed);
            var choice = data.Read(parsed);
            if (!Given(data.TrainSize) && !isFull) choice = choice with { TrainSize = QuickTrainSize };
            var trainingRecipe = recipe.Read(parsed, choice.Name);
            if (!Given(recipe.Epochs)) trainingRecipe = trainingRecipe with { Epochs = isFull ? FullEpochs : QuickEpochs };
            var (train, eval) = await choice.OpenAsync(console.Output, CancellationToken.None).ConfigureAwait(false);

            var extra = parsed.GetValue(arguments)!;
            var prepared = Requests(parsed.GetValue(models))
                .Select(r => PreparedModel.For(r.With(extra), train, trainingRecipe.Augmentation, binder, trainingRecipe.Seed))
                .ToList();
            var folder = parsed.GetValue(output) ?? Path.Combine("reports", $"compare-{choice.Name}{(isFull ? "-full" : "")}");
            bool fresh = parsed.GetValue(restart);
            var reportTitle = parsed.GetValue(title) ?? $"{string.Join(" vs ", prepared.Select(p => p.Request.Label))} on {choice.Name}";
            Comparison Comparison(ITrainingProgress? progress = null) => new(trainingRecipe, train, eval, folder, progress)
            {
                Title = reportTitle, Device = chosenDevice, Resume = !fresh, Images = !parsed.GetValue(noImages),
            };

            var plan = new TextTable("MODEL", "BUILT AS", "PARAMS", "MACs/IMAGE").AlignRight(2, 3);
            foreach (var p in prepared)
            {
                var manifest = new RunManifest
                {
                    Model = p.Request.Model.ToString(), Data = choice.Name, DataFolder = choice.Folder, Downscale = choice.Downscale,
                    TrainSize = choice.TrainSize, EvalSize = choice.EvalSize,
                    TrainData = train.Name, EvalData = eval.Name, Recipe = trainingRecipe.Describe(),
                };
                var checkpoints = Comparison().CheckpointFolder(p.Request.Label);
                if (!fresh) manifest.RequireSameRunAs(RunManifest.TryRead(checkpoints), checkpoints);
                manifest.Write(checkpoints);
                plan.Add(p.Request.Label, p.Request.Model.ToString(), Numbers.Count(p.Parameters), Numbers.Short(p.MacsPerImage));
            }
            await console.Output.WriteAsync($"Comparing {prepared.Count} models: {trainingRecipe.Describe()}\n{plan.Render()}\n").ConfigureAwait(false);

            using var ctrlC = TrainingConsole.CancelOnCtrlC(() =>
                console.Error.WriteLine("Stopping after this batch to save a checkpoint (Ctrl+C again quits at once)."));
            var candidates = prepared.Select(p => new ModelCandidate(p.Request.Label, () => p.Build(binder))).ToList();
            var (result, report) = TrainingConsole.Run(progress => Comparison(progress).RunAsync(candidates, ctrlC.Token).GetAwaiter().GetResult(),
                interactive: console.Interactive && !parsed.GetValue(plain), plainOutput: console.Output);

            await console.Output.WriteAsync($"\n{result.Title}\n{result.TrainData} -> {result.EvalData}, {result.Device} with {result.Threads} thread(s)\n").ConfigureAwait(false);
            await console.Output.WriteAsync(ResultTable.Render(result)).ConfigureAwait(false);
            await console.Output.WriteAsync(ResultTable.Files(report)).ConfigureAwait(false);
            bool interrupted = result.Models.Count < candidates.Count || result.Models.Any(m => m.Interrupted);
            await console.Output.WriteLineAsync(interrupted
                ? "Interrupted: run the same command again to resume."
                : $"Compared {result.Models.Count} models in {Numbers.Duration(clock.Elapsed.TotalSeconds)} (wall time).").ConfigureAwait(false);
            return interrupted ? 130 : result.Models.Any(m => m.Failure is not null) ? 1 : 0;
        });
        return command;
    }

    private static IEnumerable<ModelRequest> Requests(ModelRequest[]? given) =>
        given is { Length: > 0 } ? given : DefaultModels.Select(ModelRequest.Parse);
}
