using Zoo.Torch.Interop;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// A tensor that is a module's learnable state: it requires grad by default, is listed by
/// <see cref="nn.Module.parameters"/>, and never belongs to a dispose scope (its module frees it).
/// </summary>
public class Parameter : Tensor
{
    /// <summary>A parameter sharing <paramref name="data"/>'s storage, cut off from any autograd graph.</summary>
    public Parameter(Tensor data, bool requires_grad = true) : base(Native.zoo_tensor_detach(data.Handle))
    {
        DetachFromDisposeScope();
        this.requires_grad = requires_grad;
    }
}

