using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Zoo.Torch.Modules;
using Zoo.Torch.Optim;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// Parameters optimized with the same hyperparameters: one entry of PyTorch's <c>optimizer.param_groups</c>.
        /// Each optimizer has its own group type (<c>SGD.ParamGroup</c>, <c>Adam.ParamGroup</c>, ...); an option left
        /// null when the group is made comes from the optimizer's defaults when the group joins it, so
        /// <c>new AdamW.ParamGroup(biases, weight_decay: 0)</c> differs from the defaults in weight decay only.
        /// </summary>
        /// <remarks>
        /// Options are plain properties, read by every step: a learning-rate scheduler (or the user) changes
        /// <see cref="lr"/> between steps. A group belongs to one optimizer, which also keeps its state in it.
        /// </remarks>
        public abstract class ParamGroup
        {
            private double? lr_;
            private double? weight_decay_;

            protected ParamGroup(IEnumerable<Parameter> parameters, double? lr, double? weight_decay)
            {
                ArgumentNullException.ThrowIfNull(parameters);
                var list = parameters.ToList();
                if (list.Any(p => p is null)) throw new ArgumentException("A parameter group cannot hold null parameters.", nameof(parameters));
                this.parameters = list;
                lr_ = lr;
                weight_decay_ = weight_decay;
            }

            /// <summary>The parameters this group's options apply to, in order (their state_dict indices follow it).</summary>
            public IReadOnlyList<Parameter> parameters { get; }

            /// <summary>The learning rate the next step uses.</summary>
            public double lr { get => Required(lr_); set => lr_ = value; }

            public double weight_decay { get => Required(weight_decay_); set => weight_decay_ = value; }

            /// <summary>The learning rate a scheduler started from (PyTorch's <c>group['initial_lr']</c>); null until one is attached.</summary>
            public double? initial_lr { get; set; }

            /// <summary>The optimizer this group belongs to, once added to one.</summary>
            internal Optimizer? Owner { get; set; }

            /// <summary>The optimizer's state of this group's parameters, kept where the parameters are.</summary>
            internal ParamGroupState? State { get; set; }

            /// <summary>Takes every option this group leaves unset from <paramref name="defaults"/> (a group of the same type).</summary>
            protected internal virtual void InheritFrom(ParamGroup defaults)
            {
                lr_ ??= defaults.lr_;
                weight_decay_ ??= defaults.weight_decay_;
            }

            /// <summary>Throws when an option is out of its range (the checks PyTorch's constructors make).</summary>
            protected internal virtual void Validate()
            {
                if (!(lr >= 0)) throw new ArgumentException($"Invalid learning rate: {lr} (lr must be >= 0).");
                if (!(weight_decay >= 0)) throw new ArgumentException($"Invalid weight_decay value: {weight_decay} (it must be >= 0).");
            }

            /// <summary>Writes the options under PyTorch's names (<c>lr</c>, <c>momentum</c>, <c>betas</c>, ...).</summary>
            protected internal virtual void WriteOptions(JsonObject json)
            {
                json["lr"] = lr;
                json["weight_decay"] = weight_decay;
                if (initial_lr is { } initial) json["initial_lr"] = initial;
            }

            /// <summary>Replaces the options with the ones <see cref="WriteOptions"/> wrote; <paramref name="owner"/> names the state in errors.</summary>
            protected internal virtual void ReadOptions(JsonObject json, string owner)
            {
                lr = json.GetDouble("lr", owner);
                weight_decay = json.GetDouble("weight_decay", owner);
                initial_lr = json.ContainsKey("initial_lr") ? json.GetDouble("initial_lr", owner) : null;
            }

            /// <summary>The value of an option, which is set once the group has joined an optimizer.</summary>
            protected static T Required<T>(T? value, [CallerArgumentExpression(nameof(value))] string option = "") where T : struct =>
                value ?? throw new InvalidOperationException(
                    $"The group's '{option.TrimEnd('_')}' is not set: it comes from the optimizer's defaults when the group is given to an optimizer.");
        }

        /// <summary>A group with a momentum coefficient (SGD, RMSprop), which OneCycleLR can cycle.</summary>
        public interface IMomentum
        {
            double momentum { get; set; }
        }

        /// <summary>A group with Adam's coefficients (Adam, AdamW); OneCycleLR cycles beta1 as the momentum.</summary>
        public interface IBetas
        {
            (double beta1, double beta2) betas { get; set; }
        }
    }
}
