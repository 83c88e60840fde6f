namespace Zoo.Summary;

/// <summary>
/// What a model is made of and what one forward pass costs, layer by layer: torchinfo's summary. Built by
/// <see cref="ModelSummarizer"/>; printed by <see cref="SummaryTable"/> and <see cref="SummaryJson"/>.
/// </summary>
/// <param name="Model">The model's name ("resnet18").</param>
/// <param name="InputShapes">The shapes of the inputs the pass ran on.</param>
/// <param name="Layers">Every module call in the order the calls began (the model first, at depth 0).</param>
/// <param name="TotalParameters">The model's parameters (each shared tensor once).</param>
/// <param name="TrainableParameters">Those that require a gradient.</param>
/// <param name="MACs">The multiply-accumulates of the whole pass.</param>
/// <param name="InputBytes">The inputs' size.</param>
/// <param name="ParameterBytes">The parameters' size.</param>
/// <param name="ForwardPassBytes">The outputs of every leaf call: the activations a forward pass produces.</param>
public sealed record ModelSummary(
    string Model,
    IReadOnlyList<long[]> InputShapes,
    IReadOnlyList<LayerSummary> Layers,
    long TotalParameters,
    long TrainableParameters,
    long MACs,
    long InputBytes,
    long ParameterBytes,
    long ForwardPassBytes)
{
    /// <summary>The parameters that do not require a gradient (frozen ones).</summary>
    public long NonTrainableParameters => TotalParameters - TrainableParameters;

    /// <summary>The model's outputs' shapes.</summary>
    public IReadOnlyList<long[]> OutputShapes => Layers[0].OutputShapes;
}
