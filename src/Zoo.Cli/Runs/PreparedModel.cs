using Zoo.Cli.Models;
using Zoo.Data;
using Zoo.Torch;
using Zoo.Training;
using static Zoo.Torch.torch;

namespace Zoo.Cli.Runs;

/// <summary>
/// A model ready to train on a data set: its text completed with what the data decides (<c>in_channels</c>,
/// <c>num_classes</c>), checked against the data by one forward pass, and its size and cost per image.
/// </summary>
public sealed record PreparedModel(ModelRequest Request, long Parameters, long MacsPerImage)
{
    /// <summary>
    /// Completes and checks <paramref name="request"/> for <paramref name="train"/> by building it once (seeded as
    /// training will build it); the module is disposed: each run builds its own.
    /// </summary>
    public static PreparedModel For(ModelRequest request, Dataset train, Augmentation augmentation, ModelBinder binder, long seed)
    {
        var completed = request.For(train, binder);
        manual_seed(seed);
        using var model = binder.Create(completed.Model);
        ModelProbe.Check(completed.Label, model, train, augmentation.OutputShape(train.Shape));
        return new PreparedModel(completed, model.parameters().Sum(p => p.numel()), ModelCost.MacsPerImage(model, train.Shape));
    }

    /// <summary>Builds the model afresh (the caller seeds the generator first).</summary>
    public nn.Module<Tensor, Tensor> Build(ModelBinder binder) => binder.Create(Request.Model);

    /// <summary>"resnet20(in_channels: 1, num_classes: 10): 269,434 parameters, 36.3 M MACs per image".</summary>
    public override string ToString() =>
        $"{Request.Model}: {Output.Numbers.Count(Parameters)} parameters, {Output.Numbers.Short(MacsPerImage)} MACs per image";
}
