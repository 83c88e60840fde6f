using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Zoo.Cli.Models;
using Zoo.Cli.Options;
using Zoo.Cli.Output;
using Zoo.Torch;
using Zoo.Training;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo bench &lt;models...&gt; [--input CxHxW] [--batch n]</c>: how fast the named models run on this machine: the
/// median time of a forward pass (evaluation mode, no autograd) and of a training step's forward and backward, with
/// their throughput, parameters and MACs. (The comparison with PyTorch is <c>bench/Zoo.Bench</c>.)
/// </summary>
public static class BenchCommand
{
    public static Command Create() => Create(ModelBinder.Default);

    public static Command Create(ModelBinder binder)
    {
        var models = ModelArgument.Many("Models to time: names from 'zoo list', optionally with hyperparameters (\"resnet20(attention: Se)\").",
            binder, ArgumentArity.OneOrMore);
        var arguments = ModelArgumentOptions.Create();
        var input = new Option<long[]>("--input")
        {
            Description = "One image's shape, CxHxW; a model's open in_channels and channels follow C (a block: --input 64x56x56).",
            HelpName = "CxHxW",
            DefaultValueFactory = _ => new long[] { 3, 32, 32 },
            CustomParser = ParseShape,
        };
        var batch = new Option<int>("--batch") { Description = "Images per batch.", HelpName = "n", DefaultValueFactory = _ => 32 }.AtLeast(1);
        var iterations = new Option<int>("--iterations") { Description = "Timed passes of each kind (the median is reported).", HelpName = "n", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var warmup = new Option<int>("--warmup") { Description = "Untimed passes first.", HelpName = "n", DefaultValueFactory = _ => 2 }.AtLeast(0);
        var device = new DeviceOptions();

        var command = new Command("bench", "Time the forward pass and forward+backward of models on this machine.") { models, arguments, input, batch, iterations, warmup };
        foreach (var option in device.All) command.Options.Add(option);
        ModelArgument.CheckArguments(command, r => r.GetValue(models) ?? Array.Empty<ModelRequest>(), arguments, binder);

        CommandAction.Set(command, async (parsed, console) =>
        {
            var chosenDevice = device.Apply(parsed);
            var shape = parsed.GetValue(input)!;
            int n = parsed.GetValue(batch), timed = parsed.GetValue(iterations), untimed = parsed.GetValue(warmup);
            await console.Output.WriteLineAsync($"{chosenDevice}, {get_num_threads()} thread(s), libtorch {__version__}; batch {n} x {Numbers.Shape(shape)}; " +
                                                $"median of {timed} passes after {untimed} untimed").ConfigureAwait(false);
            var table = new TextTable("MODEL", "PARAMS", "MACs/IMAGE", "FORWARD", "IMAGES/S", "FWD+BWD", "IMAGES/S").AlignRight(1, 2, 3, 4, 5, 6);
            foreach (var request in parsed.GetValue(models)!)
            {
                var model = Complete(request.With(parsed.GetValue(arguments)!), shape, binder);
                manual_seed(0);
                using var module = binder.Create(model.Model);
                module.to(chosenDevice);
                long parameters = module.parameters().Sum(p => p.numel());
                long macs;
                try
                {
                    macs = ModelCost.MacsPerImage(module, new Zoo.Data.ImageShape((int)shape[0], (int)shape[1], (int)shape[2]), chosenDevice);
                }
                catch (Exception e) when (e is ArgumentException or TorchException)
                {
                    throw new UsageException($"{model.Label} cannot take {Numbers.Shape(shape)} images: {Messages.Of(e)}");
                }
                var x = randn(new long[] { n, shape[0], shape[1], shape[2] }, device: chosenDevice);
                double forward = Median(timed, untimed, chosenDevice, () =>
                {
                    module.eval();
                    using var noGrad = no_grad();
                    module.call(x);
                });
                double step = Median(timed, untimed, chosenDevice, () =>
                {
                    module.train();
                    module.zero_grad();
                    module.call(x).mean().backward();
                });
                x.Dispose();
                table.Add(model.Label, Numbers.Count(parameters), Numbers.Short(macs), Numbers.Milliseconds(forward), Numbers.Fixed1(n / forward),
                    Numbers.Milliseconds(step), Numbers.Fixed1(n / step));
            }
            await console.Output.WriteAsync(table.Render()).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>The model with <c>in_channels</c> and <c>channels</c> set from the input when it leaves them open.</summary>
    private static ModelRequest Complete(ModelRequest request, long[] shape, ModelBinder binder)
    {
        var entry = binder.Find(request.Model.Name);
        var given = request.Model.ArgumentsOrEmpty.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var implied = new[] { "in_channels", "channels" }
            .Where(h => ModelBinder.Takes(entry, h) && !given.Contains(h))
            .Select(h => new NamedValue(h, new NumberSyntax(shape[0].ToString(CultureInfo.InvariantCulture))))
            .ToList();
        return request.With(implied);
    }

    private static double Median(int timed, int untimed, Device device, Action pass)
    {
        var times = new double[timed];
        for (int i = -untimed; i < timed; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using (NewDisposeScope()) pass();
            if (device.type == DeviceType.CUDA) cuda.synchronize();
            if (i >= 0) times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        Array.Sort(times);
        return times[timed / 2];
    }

    private static long[] ParseShape(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var parts = text.Split('x', 'X');
        var dims = new long[parts.Length];
        if (parts.Length != 3 || parts.Select((p, i) => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out dims[i]) && dims[i] > 0).Any(ok => !ok))
        {
            result.AddError($"--input takes one image's shape as CxHxW (3x32x32), got '{text}'");
            return Array.Empty<long>();
        }
        return dims;
    }
}
