using Zoo.Torch.Modules;

namespace Zoo.Torch;

public static partial class torch
{
    /// <summary>Optimizers with PyTorch's update rules and defaults, and learning-rate schedulers (<see cref="lr_scheduler"/>).</summary>
    public static partial class optim
    {
        /// <summary>Stochastic gradient descent (PyTorch's <c>torch.optim.SGD</c>).</summary>
        public static Modules.SGD SGD(IEnumerable<Parameter> parameters, double lr, double momentum = 0, double dampening = 0,
            double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(parameters, lr, momentum, dampening, weight_decay, nesterov, maximize);

        /// <summary>SGD over parameter groups with their own options (null options take these defaults).</summary>
        public static Modules.SGD SGD(IEnumerable<Modules.SGD.ParamGroup> param_groups, double lr, double momentum = 0,
            double dampening = 0, double weight_decay = 0, bool nesterov = false, bool maximize = false) =>
            new(param_groups, lr, momentum, dampening, weight_decay, nesterov, maximize);

        /// <summary>Adam (PyTorch's <c>torch.optim.Adam</c>).</summary>
        public static Modules.Adam Adam(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
            double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(parameters, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        public static Modules.Adam Adam(IEnumerable<Modules.Adam.ParamGroup> param_groups, double lr = 1e-3, double beta1 = 0.9,
            double beta2 = 0.999, double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) =>
            new(param_groups, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        /// <summary>AdamW, Adam with decoupled weight decay (PyTorch's <c>torch.optim.AdamW</c>; weight_decay defaults to 0.01).</summary>
        public static Modules.AdamW AdamW(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
            double eps = 1e-8, double weight_decay = 0.01, bool amsgrad = false, bool maximize = false) =>
            new(parameters, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        public static Modules.AdamW AdamW(IEnumerable<Modules.Adam.ParamGroup> param_groups, double lr = 1e-3, double beta1 = 0.9,
            double beta2 = 0.999, double eps = 1e-8, double weight_decay = 0.01, bool amsgrad = false, bool maximize = false) =>
            new(param_groups, lr, beta1, beta2, eps, weight_decay, amsgrad, maximize);

        /// <summary>RMSprop (PyTorch's <c>torch.optim.RMSprop</c>).</summary>
        public static Modules.RMSprop RMSprop(IEnumerable<Parameter> parameters, double lr = 1e-2, double alpha = 0.99, double eps = 1e-8,
            double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            new(parameters, lr, alpha, eps, weight_decay, momentum, centered, maximize);

        public static Modules.RMSprop RMSprop(IEnumerable<Modules.RMSprop.ParamGroup> param_groups, double lr = 1e-2, double alpha = 0.99,
            double eps = 1e-8, double weight_decay = 0, double momentum = 0, bool centered = false, bool maximize = false) =>
            new(param_groups, lr, alpha, eps, weight_decay, momentum, centered, maximize);
    }
}
