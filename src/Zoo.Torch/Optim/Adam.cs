using System.Text.Json.Nodes;
using Zoo.Torch.Interop;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// Adam: PyTorch's <c>torch.optim.Adam</c>, same update rule (bias-corrected moving averages of the gradient and its
/// square, optional AMSGrad, L2 weight decay added to the gradient, maximization) and defaults. <see cref="AdamW"/>
/// is the same with decoupled weight decay.
/// </summary>
public class Adam : optim.Optimizer
{
    private static readonly string[] StateNames = { "exp_avg", "exp_avg_sq", "max_exp_avg_sq" };

    private readonly bool decoupledWeightDecay;

    public Adam(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false)
        : this(new[] { new ParamGroup(parameters) }, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize)
    {
    }

    public Adam(IEnumerable<ParamGroup> param_groups, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false)
        : this(param_groups, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize, decoupled_weight_decay: false)
    {
    }

    private protected Adam(IEnumerable<ParamGroup> param_groups, double lr, double beta1, double beta2, double eps,
        double weight_decay, bool amsgrad, bool maximize, bool decoupled_weight_decay)
        : base(new ParamGroup(Array.Empty<Parameter>(), lr, beta1, beta2, eps, weight_decay, amsgrad, maximize),
            param_groups, StateNames, counts_steps: true)
    {
        decoupledWeightDecay = decoupled_weight_decay;
    }

    protected override unsafe int update(optim.ParamGroup group, IntPtr* parameters, IntPtr* state, long* steps, int count)
    {
        var g = (ParamGroup)group;
        var (beta1, beta2) = g.betas;
        return Native.zoo_optim_adam_step(parameters, state, state + count, state + 2 * count, steps, count,
            g.lr, beta1, beta2, g.eps, g.weight_decay, g.amsgrad ? 1 : 0, g.maximize ? 1 : 0, decoupledWeightDecay ? 1 : 0);
    }

    /// <summary>Adam's (and AdamW's) options for a group of parameters; null options come from the optimizer's defaults.</summary>
    public sealed class ParamGroup : optim.ParamGroup, optim.IBetas
    {
        private double? beta1_, beta2_, eps_;
        private bool? amsgrad_, maximize_;

        public ParamGroup(IEnumerable<Parameter> parameters, double? lr = null, double? beta1 = null, double? beta2 = null,
            double? eps = null, double? weight_decay = null, bool? amsgrad = null, bool? maximize = null)
            : base(parameters, lr, weight_decay)
        {
            beta1_ = beta1;
            beta2_ = beta2;
            eps_ = eps;
            amsgrad_ = amsgrad;
            maximize_ = maximize;
        }

        public (double beta1, double beta2) betas
        {
            get => (Required(beta1_), Required(beta2_));
            set => (beta1_, beta2_) = value;
        }

        public double eps { get => Required(eps_); set => eps_ = value; }
        public bool amsgrad { get => Required(amsgrad_); set => amsgrad_ = value; }
        public bool maximize { get => Required(maximize_); set => maximize_ = value; }

        protected internal override void InheritFrom(optim.ParamGroup defaults)
        {
            base.InheritFrom(defaults);
            var d = (ParamGroup)defaults;
            beta1_ ??= d.beta1_;
            beta2_ ??= d.beta2_;
            eps_ ??= d.eps_;
            amsgrad_ ??= d.amsgrad_;
            maximize_ ??= d.maximize_;
        }

        protected internal override void Validate()
        {
            base.Validate();
            if (!(eps >= 0)) throw new ArgumentException($"Invalid epsilon value: {eps} (it must be >= 0).");
            var (b1, b2) = betas;
            if (!(b1 >= 0 && b1 < 1)) throw new ArgumentException($"Invalid beta parameter at index 0: {b1} (it must be in [0, 1)).");
            if (!(b2 >= 0 && b2 < 1)) throw new ArgumentException($"Invalid beta parameter at index 1: {b2} (it must be in [0, 1)).");
        }

        protected internal override void WriteOptions(JsonObject json)
        {
            base.WriteOptions(json);
            var (b1, b2) = betas;
            json["betas"] = new[] { b1, b2 }.ToJson();
            json["eps"] = eps;
            json["amsgrad"] = amsgrad;
            json["maximize"] = maximize;
        }

        protected internal override void ReadOptions(JsonObject json, string owner)
        {
            base.ReadOptions(json, owner);
            var b = json.GetDoubles("betas", owner);
            if (b.Length != 2) throw new ArgumentException($"'betas' of the {owner} state should hold two numbers, it holds {b.Length}.");
            betas = (b[0], b[1]);
            eps = json.GetDouble("eps", owner);
            amsgrad = json.GetBool("amsgrad", owner);
            maximize = json.GetBool("maximize", owner);
        }
    }
}
