using System.Text.Json.Nodes;
using Zoo.Torch.Interop;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// RMSprop: PyTorch's <c>torch.optim.RMSprop</c>, same update rule (a moving average of the squared gradient,
/// optionally centered, optional momentum, L2 weight decay, maximization) and defaults.
/// </summary>
public sealed class RMSprop : optim.Optimizer
{
    private static readonly string[] StateNames = { "square_avg", "momentum_buffer", "grad_avg" };

    public RMSprop(IEnumerable<Parameter> parameters, double lr = 1e-2, double alpha = 0.99, double eps = 1e-8,
        double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false)
        : this(new[] { new ParamGroup(parameters) }, lr, alpha, eps, weight_decay, momentum, centered, maximize)
    {
    }

    public RMSprop(IEnumerable<ParamGroup> param_groups, double lr = 1e-2, double alpha = 0.99, double eps = 1e-8,
        double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false)
        : base(new ParamGroup(Array.Empty<Parameter>(), lr, alpha, eps, weight_decay, momentum, centered, maximize),
            param_groups, StateNames, counts_steps: true)
    {
    }

    protected override unsafe int update(optim.ParamGroup group, IntPtr* parameters, IntPtr* state, long* steps, int count)
    {
        var g = (ParamGroup)group;
        return Native.zoo_optim_rmsprop_step(parameters, state, state + count, state + 2 * count, steps, count,
            g.lr, g.alpha, g.eps, g.weight_decay, g.momentum, g.centered ? 1 : 0, g.maximize ? 1 : 0);
    }

    /// <summary>RMSprop's options for a group of parameters; null options come from the optimizer's defaults.</summary>
    public sealed class ParamGroup : optim.ParamGroup, optim.IMomentum
    {
        private double? alpha_, eps_, momentum_;
        private bool? centered_, maximize_;

        public ParamGroup(IEnumerable<Parameter> parameters, double? lr = null, double? alpha = null, double? eps = null,
            double? weight_decay = null, double? momentum = null, bool? centered = null, bool? maximize = null)
            : base(parameters, lr, weight_decay)
        {
            alpha_ = alpha;
            eps_ = eps;
            momentum_ = momentum;
            centered_ = centered;
            maximize_ = maximize;
        }

        public double alpha { get => Required(alpha_); set => alpha_ = value; }
        public double eps { get => Required(eps_); set => eps_ = value; }
        public double momentum { get => Required(momentum_); set => momentum_ = value; }
        public bool centered { get => Required(centered_); set => centered_ = value; }
        public bool maximize { get => Required(maximize_); set => maximize_ = value; }

        protected internal override void InheritFrom(optim.ParamGroup defaults)
        {
            base.InheritFrom(defaults);
            var d = (ParamGroup)defaults;
            alpha_ ??= d.alpha_;
            eps_ ??= d.eps_;
            momentum_ ??= d.momentum_;
            centered_ ??= d.centered_;
            maximize_ ??= d.maximize_;
        }

        protected internal override void Validate()
        {
            base.Validate();
            if (!(eps >= 0)) throw new ArgumentException($"Invalid epsilon value: {eps} (it must be >= 0).");
            if (!(momentum >= 0)) throw new ArgumentException($"Invalid momentum value: {momentum} (it must be >= 0).");
            if (!(alpha >= 0)) throw new ArgumentException($"Invalid alpha value: {alpha} (it must be >= 0).");
        }

        protected internal override void WriteOptions(JsonObject json)
        {
            base.WriteOptions(json);
            json["alpha"] = alpha;
            json["eps"] = eps;
            json["momentum"] = momentum;
            json["centered"] = centered;
            json["maximize"] = maximize;
        }

        protected internal override void ReadOptions(JsonObject json, string owner)
        {
            base.ReadOptions(json, owner);
            alpha = json.GetDouble("alpha", owner);
            eps = json.GetDouble("eps", owner);
            momentum = json.GetDouble("momentum", owner);
            centered = json.GetBool("centered", owner);
            maximize = json.GetBool("maximize", owner);
        }
    }
}
