using Zoo.Torch.Interop;
using Zoo.Torch.Profiling;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>The matrix product with broadcasting over batch dims (Python's <c>@</c>).</summary>
        public Tensor matmul(Tensor other) => Counted(new(Native.zoo_matmul(Handle, other.Handle)), this);

        /// <summary>The product of two matrices (no broadcasting).</summary>
        public Tensor mm(Tensor mat2) => Counted(new(Native.zoo_mm(Handle, mat2.Handle)), this);

        /// <summary>The products of two batches of matrices: [b, n, m] x [b, m, p] -> [b, n, p].</summary>
        public Tensor bmm(Tensor batch2) => Counted(new(Native.zoo_bmm(Handle, batch2.Handle)), this);

        public Tensor mv(Tensor vec) => new(Native.zoo_mv(Handle, vec.Handle));
        public Tensor dot(Tensor other) => new(Native.zoo_dot(Handle, other.Handle));
        public Tensor outer(Tensor vec2) => new(Native.zoo_outer(Handle, vec2.Handle));
        public Tensor ger(Tensor vec2) => outer(vec2);
        public Tensor trace() => new(Native.zoo_trace(Handle));

        /// <summary>beta * this + alpha * (batch1 @ batch2).</summary>
        public Tensor baddbmm(Tensor batch1, Tensor batch2, Scalar? beta = null, Scalar? alpha = null) =>
            Counted(new(Native.zoo_baddbmm(Handle, batch1.Handle, batch2.Handle, beta ?? 1, alpha ?? 1)), batch1);

        /// <summary>beta * this + alpha * (mat1 @ mat2).</summary>
        public Tensor addmm(Tensor mat1, Tensor mat2, Scalar? beta = null, Scalar? alpha = null) =>
            Counted(new(Native.zoo_addmm(Handle, mat1.Handle, mat2.Handle, beta ?? 1, alpha ?? 1)), mat1);

        /// <summary>Reports a product's MACs to an active <see cref="MacCounter"/>: K is the left operand's last size.</summary>
        private static Tensor Counted(Tensor product, Tensor left)
        {
            if (MacCounter.IsActive) MacCounter.CountProduct(product, left.size(-1));
            return product;
        }

        public Tensor baddbmm_(Tensor batch1, Tensor batch2, Scalar? beta = null, Scalar? alpha = null) =>
            InPlace(Native.zoo_baddbmm_(Handle, batch1.Handle, batch2.Handle, beta ?? 1, alpha ?? 1));

        public Tensor addmm_(Tensor mat1, Tensor mat2, Scalar? beta = null, Scalar? alpha = null) =>
            InPlace(Native.zoo_addmm_(Handle, mat1.Handle, mat2.Handle, beta ?? 1, alpha ?? 1));

        /// <summary>Sums the products over <paramref name="dims_a"/> of this and <paramref name="dims_b"/> of <paramref name="other"/>.</summary>
        public unsafe Tensor tensordot(Tensor other, long[] dims_a, long[] dims_b)
        {
            if (dims_a.Length != dims_b.Length)
                throw new ArgumentException($"tensordot: {dims_a.Length} dims for the first tensor but {dims_b.Length} for the second.", nameof(dims_b));
            fixed (long* a = dims_a)
            fixed (long* b = dims_b)
                return new(Native.zoo_tensordot(Handle, other.Handle, a, b, dims_a.Length));
        }
    }
}
