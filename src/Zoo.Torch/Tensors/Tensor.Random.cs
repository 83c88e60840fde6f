using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Fills this tensor with values drawn uniformly from [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public Tensor uniform_(double from = 0, double to = 1) => InPlace(Native.zoo_uniform_(Handle, from, to));

        /// <summary>Fills this tensor with values drawn from N(<paramref name="mean"/>, <paramref name="std"/>²).</summary>
        public Tensor normal_(double mean = 0, double std = 1) => InPlace(Native.zoo_normal_(Handle, mean, std));

        /// <summary>Fills this tensor with 1 (probability <paramref name="p"/>) or 0.</summary>
        public Tensor bernoulli_(double p = 0.5) => InPlace(Native.zoo_bernoulli_(Handle, p));

        public Tensor exponential_(double lambd = 1) => InPlace(Native.zoo_exponential_(Handle, lambd));

        /// <summary>Fills this tensor with integers drawn uniformly from [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public Tensor random_(long from, long to) => InPlace(Native.zoo_random_(Handle, from, to));

        /// <summary>0 or 1 for each element, 1 with the probability the element holds.</summary>
        public Tensor bernoulli() => new(Native.zoo_bernoulli(Handle));

        /// <summary>Indices drawn from the distribution in each row (weights need not sum to one).</summary>
        public Tensor multinomial(long num_samples, bool replacement = false) => new(Native.zoo_multinomial(Handle, num_samples, replacement ? 1 : 0));
    }

    public static Tensor bernoulli(Tensor input) => input.bernoulli();
    public static Tensor multinomial(Tensor input, long num_samples, bool replacement = false) => input.multinomial(num_samples, replacement);
}
