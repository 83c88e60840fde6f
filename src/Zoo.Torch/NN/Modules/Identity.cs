using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>Returns its input (as a new handle to the same tensor): a placeholder layer.</summary>
    public sealed class Identity : nn.Module<Tensor, Tensor>
    {
        public Identity() : base(nameof(Identity)) { }

        public override Tensor forward(Tensor input) => input.alias();
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Identity Identity() => new();
        }
    }
}
