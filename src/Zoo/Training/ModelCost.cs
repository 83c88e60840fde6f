using Zoo.Data;
using Zoo.Torch;
using Zoo.Torch.Profiling;
using static Zoo.Torch.torch;

namespace Zoo.Training;

/// <summary>What one image costs a model: the multiply-accumulates of its forward pass.</summary>
public static class ModelCost
{
    /// <summary>
    /// MACs of one forward pass on one image of <paramref name="shape"/> (convolutions, linear layers and matrix
    /// products, as <see cref="MacCounter"/> counts them), measured in evaluation mode without autograd on the model's
    /// device. The model's mode is restored; nothing is drawn from the random generators.
    /// </summary>
    public static long MacsPerImage(nn.Module<Tensor, Tensor> model, ImageShape shape, Device? device = null)
    {
        bool training = model.training;
        model.eval();
        try
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var input = zeros(new long[] { 1, shape.Channels, shape.Height, shape.Width }, device: device);
            using var counter = MacCounter.Start();
            model.call(input);
            return counter.MACs;
        }
        finally
        {
            model.train(training);
        }
    }
}
