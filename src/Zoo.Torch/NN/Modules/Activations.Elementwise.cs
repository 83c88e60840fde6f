using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    // The contract's layers that wrap a single Tensor method (ReLU, Sigmoid, Tanh, Softmax, LogSoftmax) and Flatten.
    // Generated modules build them as children (torchvision's ResNet has a ReLU child; CBAM's MLP is a Sequential with one).

    public sealed class ReLU : Activation
    {
        public ReLU(bool inplace = false) : base(nameof(ReLU), inplace) { }
        public override Tensor forward(Tensor input) => inplace ? input.relu_() : input.relu();
    }

    public sealed class Sigmoid : Activation
    {
        public Sigmoid() : base(nameof(Sigmoid)) { }
        public override Tensor forward(Tensor input) => input.sigmoid();
    }

    public sealed class Tanh : Activation
    {
        public Tanh() : base(nameof(Tanh)) { }
        public override Tensor forward(Tensor input) => input.tanh();
    }

    public sealed class Softmax : nn.Module<Tensor, Tensor>
    {
        public Softmax(long dim) : base(nameof(Softmax)) => this.dim = dim;
        public long dim { get; }
        public override Tensor forward(Tensor input) => input.softmax(dim);
        public override string extra_repr() => $"dim={dim}";
    }

    public sealed class LogSoftmax : nn.Module<Tensor, Tensor>
    {
        public LogSoftmax(long dim) : base(nameof(LogSoftmax)) => this.dim = dim;
        public long dim { get; }
        public override Tensor forward(Tensor input) => input.log_softmax(dim);
        public override string extra_repr() => $"dim={dim}";
    }

    public sealed class Flatten : nn.Module<Tensor, Tensor>
    {
        public Flatten(long start_dim = 1, long end_dim = -1) : base(nameof(Flatten))
        {
            this.start_dim = start_dim;
            this.end_dim = end_dim;
        }

        public long start_dim { get; }
        public long end_dim { get; }
        public override Tensor forward(Tensor input) => input.flatten(start_dim, end_dim);
        public override string extra_repr() => $"start_dim={start_dim}, end_dim={end_dim}";
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ReLU ReLU(bool inplace = false) => new(inplace);
            public static Modules.Sigmoid Sigmoid() => new();
            public static Modules.Tanh Tanh() => new();
            public static Modules.Softmax Softmax(long dim) => new(dim);
            public static Modules.LogSoftmax LogSoftmax(long dim) => new(dim);
            public static Modules.Flatten Flatten(long start_dim = 1, long end_dim = -1) => new(start_dim, end_dim);
        }
    }
}
