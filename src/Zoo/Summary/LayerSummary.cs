namespace Zoo.Summary;

/// <summary>One call of one module during a summarised forward pass.</summary>
/// <param name="Depth">0 for the model itself, 1 for its children, and so on.</param>
/// <param name="Name">The module's state_dict path ("layer1.0.conv1"); empty for the model.</param>
/// <param name="Type">The module's class ("Conv2d", "Bottleneck").</param>
/// <param name="OutputShapes">The shape of each tensor the call returned.</param>
/// <param name="Parameters">The parameters the module holds, its children's included.</param>
/// <param name="MACs">The multiply-accumulates of this call, its children's included (see <see cref="Zoo.Torch.Profiling.MacCounter"/>).</param>
/// <param name="IsLeaf">True when no module ran inside this call.</param>
public sealed record LayerSummary(int Depth, string Name, string Type, IReadOnlyList<long[]> OutputShapes, long Parameters, long MACs, bool IsLeaf)
{
    /// <summary>The last part of <see cref="Name"/> ("conv1" for "layer1.0.conv1"); the type for the model itself.</summary>
    public string ShortName => Name.Length == 0 ? Type : Name[(Name.LastIndexOf('.') + 1)..];
}
