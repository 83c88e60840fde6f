using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// AdamW: PyTorch's <c>torch.optim.AdamW</c>, Adam with decoupled weight decay (each step first scales the parameters
/// by 1 − lr·weight_decay, the gradient is left alone) and a default weight decay of 0.01. Groups are
/// <c>AdamW.ParamGroup</c> (Adam's group type).
/// </summary>
public sealed class AdamW : Adam
{
    public AdamW(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8, double weight_decay = 0.01, bool amsgrad = false, bool maximize = false)
        : this(new[] { new ParamGroup(parameters) }, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize)
    {
    }

    public AdamW(IEnumerable<ParamGroup> param_groups, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8, double weight_decay = 0.01, bool amsgrad = false, bool maximize = false)
        : base(param_groups, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize, decoupled_weight_decay: true)
    {
    }
}
