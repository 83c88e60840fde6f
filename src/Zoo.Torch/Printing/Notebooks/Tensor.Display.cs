using Zoo.Torch.Printing;

namespace Zoo.Torch;

public static partial class torch
{
    /// <remarks>Tensors display themselves in notebooks (VS Code and <c>zoo notebook run</c>) without set-up.</remarks>
    [TypeFormatterSource(typeof(TensorFormatterSource))]
    public partial class Tensor;
}
