using System.CommandLine;
using System.Diagnostics;
using Zoo.Cli.Models;
using Zoo.Cli.Options;
using Zoo.Cli.Output;
using Zoo.Cli.Runs;
using Zoo.Data;
using Zoo.Torch;
using Zoo.Training;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo eval &lt;checkpoint or run folder&gt; [--model text] [--data name]</c>: evaluates trained weights on a data
/// set's evaluation split: loss and accuracy (pixel accuracy, mIoU and each class's IoU for segmentation). The
/// model and the data (the same evaluation images) default to those recorded in the run's <c>model.json</c>.
/// </summary>
public static class EvalCommand
{
    public static Command Create() => Create(ModelBinder.Default);

    public static Command Create(ModelBinder binder)
    {
        var checkpoint = new Argument<string>("checkpoint")
        {
            Description = "A checkpoint (.safetensors) or a run folder (its best.safetensors, else last.safetensors).",
        };
        checkpoint.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (path.StartsWith('-')) result.AddError($"unknown command or option '{path}'");
            else if (!File.Exists(path) && !Directory.Exists(path)) result.AddError($"'{path}' does not exist");
        });
        var modelOption = new Option<ModelRequest?>("--model")
        {
            Description = "The model the weights belong to (default: the one in model.json beside the checkpoint).",
            HelpName = "model",
            CustomParser = result =>
            {
                try
                {
                    var request = ModelRequest.Parse(result.Tokens[0].Value);
                    binder.Find(request.Model.Name);
                    return request;
                }
                catch (UsageException e)
                {
                    result.AddError(e.Message);
                    return null;
                }
            },
        };
        var arguments = ModelArgumentOptions.Create();
        var data = new DataOptions(defaultData: null);
        var batchSize = new Option<int>("--batch-size") { Description = "Images per batch.", HelpName = "n", DefaultValueFactory = _ => 256 }.AtLeast(1);
        var device = new DeviceOptions();

        var command = new Command("eval", "Evaluate a checkpoint on a data set's evaluation split.") { checkpoint, modelOption, arguments };
        foreach (var option in new Option[] { data.Data, data.Folder, data.EvalSize, data.Downscale, batchSize }.Concat(device.All)) command.Options.Add(option);
        ModelArgument.CheckArguments(command, r => r.GetValue(modelOption) is { } m ? new[] { m } : Array.Empty<ModelRequest>(), arguments, binder);

        CommandAction.Set(command, async (parsed, console) =>
        {
            var chosenDevice = device.Apply(parsed);
            var path = Resolve(parsed.GetValue(checkpoint)!);
            var manifest = RunManifest.TryRead(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var info = Checkpoint.ReadInfo(path);
            var request = parsed.GetValue(modelOption)
                ?? (manifest is not null ? ModelRequest.Parse(manifest.Model) with { Label = info.ModelName } : null)
                ?? throw new UsageException($"'{path}' has no {RunManifest.FileName} beside it to say which model it holds; give --model");
            request = request.With(parsed.GetValue(arguments)!);

            var choice = data.Read(parsed, manifest?.DataChoice);
            var (train, eval) = await choice.OpenAsync(console.Output, CancellationToken.None).ConfigureAwait(false);
            request = request.For(eval, binder);
            using var model = binder.Create(request.Model);
            ModelProbe.Check(request.Label, model, eval, eval.Shape);
            Checkpoint.LoadModel(path, model);
            model.to(chosenDevice);

            await console.Output.WriteLineAsync($"checkpoint: {path} ({info.ModelName}, epoch {info.Epoch}" +
                (info.History.Count > 0 ? $", evaluation accuracy then {Numbers.Percent(info.History[^1].EvalAccuracy)}" : "") + ")").ConfigureAwait(false);
            await console.Output.WriteLineAsync($"model: {request.Model}").ConfigureAwait(false);
            var loader = new DataLoader(eval, parsed.GetValue(batchSize), prefetch: 2);
            var clock = Stopwatch.StartNew();
            long ignore = eval.Task == TaskKind.Segmentation ? eval.IgnoreIndex : -100;
            var metrics = Trainer.Evaluate(model, loader, chosenDevice, ignore);
            var seconds = clock.Elapsed.TotalSeconds;

            await console.Output.WriteLineAsync($"{eval.Name}: {eval.Count} images in {Numbers.Fixed1(seconds)} s ({Numbers.Fixed1(eval.Count / seconds)} images/s) on {chosenDevice}").ConfigureAwait(false);
            await console.Output.WriteLineAsync($"loss {Numbers.Fixed4(metrics.Loss)}, {(eval.Task == TaskKind.Segmentation ? "pixel accuracy" : "accuracy")} {Numbers.Percent(metrics.Accuracy)}" +
                (metrics.MeanIoU is { } miou ? $", mIoU {Numbers.Percent(miou)}" : "")).ConfigureAwait(false);
            if (metrics.Confusion is { } confusion)
            {
                var table = new TextTable("CLASS", "IoU").AlignRight(1);
                var iou = confusion.IoU();
                for (int c = 0; c < iou.Length; c++) table.Add(eval.ClassNames[c], Numbers.Percent(iou[c]));
                await console.Output.WriteAsync(table.Render()).ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    /// <summary>The checkpoint file itself, or a run folder's best (else last) checkpoint.</summary>
    private static string Resolve(string path)
    {
        if (File.Exists(path)) return path;
        foreach (var name in new[] { "best.safetensors", "last.safetensors" })
            if (File.Exists(Path.Combine(path, name))) return Path.Combine(path, name);
        throw new UsageException($"'{path}' holds no checkpoint (best.safetensors or last.safetensors)");
    }
}
