using Zoo.Data;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Runs;

/// <summary>
/// Runs a model once on a small batch shaped like the data, before any training, so that a model that does not fit
/// the data (a block instead of a network, the wrong number of classes or channels) is one clear line, not an error
/// deep inside the first training step.
/// </summary>
public static class ModelProbe
{
    public static void Check(string label, nn.Module<Tensor, Tensor> model, Dataset data, ImageShape input)
    {
        bool training = model.training;
        model.eval();
        try
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var x = zeros(new long[] { 2, input.Channels, input.Height, input.Width });
            long[] output;
            try
            {
                output = model.call(x).shape;
            }
            catch (Exception e) when (e is ArgumentException or TorchException)
            {
                throw new UsageException($"{label} cannot take {data.Name}'s images [N, {input.Channels}, {input.Height}, {input.Width}]: {Messages.Of(e)}");
            }
            var expected = data.Task == TaskKind.Classification
                ? new long[] { 2, data.NumClasses }
                : new long[] { 2, data.NumClasses, input.Height, input.Width };
            if (!output.SequenceEqual(expected))
            {
                var what = data.Task == TaskKind.Classification
                    ? $"logits [N, {data.NumClasses}]"
                    : $"per-pixel logits [N, {data.NumClasses}, {input.Height}, {input.Width}]";
                throw new UsageException($"{label} maps [2, {input.Channels}, {input.Height}, {input.Width}] to [{string.Join(", ", output)}], but {data.Name} needs {what}; " +
                                         "is it a network with the data's number of classes?");
            }
        }
        finally
        {
            model.train(training);
        }
    }
}
