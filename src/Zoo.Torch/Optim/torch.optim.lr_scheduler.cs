using Zoo.Torch.Modules;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>Learning-rate schedules with torch 1.13's step-by-step behaviour (classes in <c>Zoo.Torch.Modules</c>).</summary>
        public static partial class lr_scheduler
        {
            public static Modules.StepLR StepLR(Optimizer optimizer, int step_size, double gamma = 0.1, int last_epoch = -1) =>
                new(optimizer, step_size, gamma, last_epoch);

            public static Modules.MultiStepLR MultiStepLR(Optimizer optimizer, IEnumerable<int> milestones, double gamma = 0.1, int last_epoch = -1) =>
                new(optimizer, milestones, gamma, last_epoch);

            public static Modules.ExponentialLR ExponentialLR(Optimizer optimizer, double gamma, int last_epoch = -1) =>
                new(optimizer, gamma, last_epoch);

            public static Modules.CosineAnnealingLR CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min = 0, int last_epoch = -1) =>
                new(optimizer, T_max, eta_min, last_epoch);

            public static Modules.LinearLR LinearLR(Optimizer optimizer, double start_factor = 1.0 / 3, double end_factor = 1.0,
                int total_iters = 5, int last_epoch = -1) =>
                new(optimizer, start_factor, end_factor, total_iters, last_epoch);

            public static Modules.LambdaLR LambdaLR(Optimizer optimizer, Func<int, double> lr_lambda, int last_epoch = -1) =>
                new(optimizer, lr_lambda, last_epoch);

            public static Modules.LambdaLR LambdaLR(Optimizer optimizer, IEnumerable<Func<int, double>> lr_lambdas, int last_epoch = -1) =>
                new(optimizer, lr_lambdas, last_epoch);

            public static Modules.OneCycleLR OneCycleLR(Optimizer optimizer, double max_lr, int? total_steps = null, int? epochs = null,
                int? steps_per_epoch = null, double pct_start = 0.3,
                Modules.OneCycleLR.AnnealStrategy anneal_strategy = Modules.OneCycleLR.AnnealStrategy.Cos, bool cycle_momentum = true,
                double base_momentum = 0.85, double max_momentum = 0.95, double div_factor = 25, double final_div_factor = 1e4,
                bool three_phase = false, int last_epoch = -1) =>
                new(optimizer, max_lr, total_steps, epochs, steps_per_epoch, pct_start, anneal_strategy, cycle_momentum,
                    base_momentum, max_momentum, div_factor, final_div_factor, three_phase, last_epoch);

            public static Modules.OneCycleLR OneCycleLR(Optimizer optimizer, IReadOnlyList<double> max_lr, int? total_steps = null,
                int? epochs = null, int? steps_per_epoch = null, double pct_start = 0.3,
                Modules.OneCycleLR.AnnealStrategy anneal_strategy = Modules.OneCycleLR.AnnealStrategy.Cos, bool cycle_momentum = true,
                double base_momentum = 0.85, double max_momentum = 0.95, double div_factor = 25, double final_div_factor = 1e4,
                bool three_phase = false, int last_epoch = -1) =>
                new(optimizer, max_lr, total_steps, epochs, steps_per_epoch, pct_start, anneal_strategy, cycle_momentum,
                    base_momentum, max_momentum, div_factor, final_div_factor, three_phase, last_epoch);

            public static Modules.SequentialLR SequentialLR(Optimizer optimizer, IEnumerable<LRScheduler> schedulers, IEnumerable<int> milestones,
                int last_epoch = -1) =>
                new(optimizer, schedulers, milestones, last_epoch);
        }
    }
}
