using System.CommandLine;
using Zoo.Cli.Models;
using Zoo.Cli.Options;
using Zoo.Cli.Output;
using Zoo.Cli.Runs;
using Zoo.Reports;
using Zoo.Training;
using Zoo.Training.Progress;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo train &lt;model&gt; [--data name] [recipe options] [--out folder]</c>: trains one model of the catalog on a
/// data set, with progress bars in a terminal (plain lines otherwise), a checkpoint after every epoch (Ctrl+C saves
/// and stops; running the same command again resumes), and a one-model report in the run's folder.
/// </summary>
public static class TrainCommand
{
    public static Command Create() => Create(ModelBinder.Default);

    public static Command Create(ModelBinder binder)
    {
        var model = ModelArgument.One("The model: a name from 'zoo list', optionally with hyperparameters: resnet20, \"resnet20(attention: Cbam)\".", binder);
        var arguments = ModelArgumentOptions.Create();
        var data = new DataOptions();
        var recipe = new RecipeOptions(defaultEpochs: 10);
        var device = new DeviceOptions();
        var output = new Option<string?>("--out")
        {
            Description = "The run's folder: checkpoints, model.json, metrics and report (default: runs/<model>).",
            HelpName = "folder",
        };
        var restart = new Option<bool>("--restart") { Description = "Train from scratch even when the folder holds a checkpoint of this run." };
        var plain = new Option<bool>("--plain") { Description = "Progress as plain lines, even in a terminal." };

        var command = new Command("train", "Train one model on a data set; checkpoints every epoch, resumes where it stopped.") { model, arguments };
        foreach (var option in data.All.Concat(recipe.All).Concat(device.All)) command.Options.Add(option);
        command.Options.Add(output);
        command.Options.Add(restart);
        command.Options.Add(plain);
        ModelArgument.CheckArguments(command, r => r.GetValue(model) is { } m ? new[] { m } : Array.Empty<ModelRequest>(), arguments, binder);

        CommandAction.Set(command, async (parsed, console) =>
        {
            var chosenDevice = device.Apply(parsed);
            var choice = data.Read(parsed);
            var trainingRecipe = recipe.Read(parsed, choice.Name);
            var (train, eval) = await choice.OpenAsync(console.Output, CancellationToken.None).ConfigureAwait(false);
            var request = parsed.GetValue(model)!.With(parsed.GetValue(arguments)!);
            var prepared = PreparedModel.For(request, train, trainingRecipe.Augmentation, binder, trainingRecipe.Seed);
            var label = prepared.Request.Label;
            var folder = parsed.GetValue(output) ?? Path.Combine("runs", RunFolders.SafeName(label));
            bool fresh = parsed.GetValue(restart);

            var manifest = new RunManifest
            {
                Model = prepared.Request.Model.ToString(), Data = choice.Name, DataFolder = choice.Folder, Downscale = choice.Downscale,
                TrainSize = choice.TrainSize, EvalSize = choice.EvalSize,
                TrainData = train.Name, EvalData = eval.Name, Recipe = trainingRecipe.Describe(),
            };
            if (!fresh) manifest.RequireSameRunAs(RunManifest.TryRead(folder), folder);
            manifest.Write(folder);
            await console.Output.WriteLineAsync($"model: {prepared}").ConfigureAwait(false);

            manual_seed(trainingRecipe.Seed);
            using var module = prepared.Build(binder);
            using var ctrlC = TrainingConsole.CancelOnCtrlC(() =>
                console.Error.WriteLine("Stopping after this batch to save a checkpoint (Ctrl+C again quits at once)."));
            var options = new TrainingOptions { CheckpointFolder = folder, Resume = !fresh, Device = chosenDevice, Cancellation = ctrlC.Token };
            var result = TrainingConsole.Run(progress => new Trainer(trainingRecipe, progress).Fit(label, module, train, eval, options),
                interactive: console.Interactive && !parsed.GetValue(plain), plainOutput: console.Output);

            var comparison = new ComparisonResult
            {
                Title = $"{label} on {choice.Name}",
                Recipe = trainingRecipe.Describe(),
                TrainData = $"{train.Name} ({train.Count} images)",
                EvalData = $"{eval.Name} ({eval.Count} images)",
                Device = result.Device,
                Threads = get_num_threads(),
                Segmentation = train.Task == Zoo.Data.TaskKind.Segmentation,
                Models = new[]
                {
                    new ModelRun
                    {
                        Name = label, Parameters = result.Parameters, MacsPerImage = prepared.MacsPerImage, History = result.History,
                        Interrupted = result.Interrupted, Checkpoint = result.Checkpoint,
                    },
                },
            };
            var report = await ComparisonReport.WriteAsync(comparison, folder, images: false).ConfigureAwait(false);
            await console.Output.WriteAsync("\n" + ResultTable.Render(comparison)).ConfigureAwait(false);
            await console.Output.WriteLineAsync($"Checkpoints: {options.LastCheckpointPath}" +
                (File.Exists(options.BestCheckpointPath) ? $", {options.BestCheckpointPath} (best evaluation accuracy)" : "")).ConfigureAwait(false);
            await console.Output.WriteAsync(ResultTable.Files(report, images: false)).ConfigureAwait(false);
            await console.Output.WriteLineAsync(result.Interrupted
                ? $"Interrupted: run the same command again to resume from {options.LastCheckpointPath}."
                : $"Evaluate it with: zoo eval {folder}").ConfigureAwait(false);
            return result.Interrupted ? 130 : 0;
        });
        return command;
    }
}
