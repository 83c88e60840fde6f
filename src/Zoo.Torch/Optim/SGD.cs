using System.Text.Json.Nodes;
using Zoo.Torch.Interop;
using Zoo.Torch.Optim;
using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules;

/// <summary>
/// Stochastic gradient descent with optional momentum, Nesterov momentum, dampening, L2 weight decay and
/// maximization: PyTorch's <c>torch.optim.SGD</c>, same update rule (momentum buffer b = μ·b + (1 − τ)·g, seeded with
/// the first gradient; p -= lr·b), same defaults.
/// </summary>
public sealed class SGD : optim.Optimizer
{
    private static readonly string[] StateNames = { "momentum_buffer" };

    public SGD(IEnumerable<Parameter> parameters, double lr, double momentum = 0, double dampening = 0,
        double weight_decay = 0, bool nesterov = false, bool maximize = false)
        : this(new[] { new ParamGroup(parameters) }, lr, momentum, dampening, weight_decay, nesterov, maximize)
    {
    }

    public SGD(IEnumerable<ParamGroup> param_groups, double lr, double momentum = 0, double dampening = 0,
        double weight_decay = 0, bool nesterov = false, bool maximize = false)
        : base(new ParamGroup(Array.Empty<Parameter>(), lr, momentum, dampening, weight_decay, nesterov, maximize),
            param_groups, StateNames, counts_steps: false)
    {
    }

    protected override unsafe int update(optim.ParamGroup group, IntPtr* parameters, IntPtr* state, long* steps, int count)
    {
        var g = (ParamGroup)group;
        return Native.zoo_optim_sgd_step(parameters, state, count, g.lr, g.momentum, g.dampening, g.weight_decay,
            g.nesterov ? 1 : 0, g.maximize ? 1 : 0);
    }

    /// <summary>SGD's options for a group of parameters; null options come from the optimizer's defaults.</summary>
    public sealed class ParamGroup : optim.ParamGroup, optim.IMomentum
    {
        private double? momentum_, dampening_;
        private bool? nesterov_, maximize_;

        public ParamGroup(IEnumerable<Parameter> parameters, double? lr = null, double? momentum = null, double? dampening = null,
            double? weight_decay = null, bool? nesterov = null, bool? maximize = null)
            : base(parameters, lr, weight_decay)
        {
            momentum_ = momentum;
            dampening_ = dampening;
            nesterov_ = nesterov;
            maximize_ = maximize;
        }

        public double momentum { get => Required(momentum_); set => momentum_ = value; }
        public double dampening { get => Required(dampening_); set => dampening_ = value; }
        public bool nesterov { get => Required(nesterov_); set => nesterov_ = value; }
        public bool maximize { get => Required(maximize_); set => maximize_ = value; }

        protected internal override void InheritFrom(optim.ParamGroup defaults)
        {
            base.InheritFrom(defaults);
            var d = (ParamGroup)defaults;
            momentum_ ??= d.momentum_;
            dampening_ ??= d.dampening_;
            nesterov_ ??= d.nesterov_;
            maximize_ ??= d.maximize_;
        }

        protected internal override void Validate()
        {
            base.Validate();
            if (!(momentum >= 0)) throw new ArgumentException($"Invalid momentum value: {momentum} (it must be >= 0).");
            if (nesterov && (momentum <= 0 || dampening != 0))
                throw new ArgumentException("Nesterov momentum requires a momentum and zero dampening.");
        }

        protected internal override void WriteOptions(JsonObject json)
        {
            base.WriteOptions(json);
            json["momentum"] = momentum;
            json["dampening"] = dampening;
            json["nesterov"] = nesterov;
            json["maximize"] = maximize;
        }

        protected internal override void ReadOptions(JsonObject json, string owner)
        {
            base.ReadOptions(json, owner);
            momentum = json.GetDouble("momentum", owner);
            dampening = json.GetDouble("dampening", owner);
            nesterov = json.GetBool("nesterov", owner);
            maximize = json.GetBool("maximize", owner);
        }
    }
}
