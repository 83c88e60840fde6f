using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Element <paramref name="index"/> of the first dim (negative counts from the end), as a view.</summary>
        public Tensor this[long index]
        {
            get => select(0, index);
            set => index_put_(value, index);
        }

        /// <summary>
        /// Python's <c>x[...]</c>: integers, ranges (<c>1..^1</c>), <see cref="TensorIndex.Ellipsis"/>,
        /// <see cref="TensorIndex.None"/>, index tensors and bool masks. Setting writes into this tensor (<c>x[...] = v</c>).
        /// </summary>
        public Tensor this[params ReadOnlySpan<TensorIndex> indices]
        {
            get => index(indices);
            set => index_put_(value, indices);
        }

        /// <summary>The result of <c>x[indices]</c>: a view for integers, slices, None and Ellipsis; a copy with tensors.</summary>
        public unsafe Tensor index(params ReadOnlySpan<TensorIndex> indices)
        {
            var items = Describe(indices, stackalloc NativeIndex[IndicesOnStack]);
            fixed (NativeIndex* p = items) return new(Native.zoo_index(Handle, p, items.Length));
        }

        /// <summary>Python's <c>x[indices] = value</c> (value broadcasts); returns this tensor.</summary>
        public unsafe Tensor index_put_(Tensor value, params ReadOnlySpan<TensorIndex> indices)
        {
            ArgumentNullException.ThrowIfNull(value);
            var items = Describe(indices, stackalloc NativeIndex[IndicesOnStack]);
            fixed (NativeIndex* p = items) return InPlace(Native.zoo_index_put_(Handle, p, items.Length, value.Handle));
        }

        /// <summary>Python's <c>x[indices] = 0.5</c>; returns this tensor.</summary>
        public unsafe Tensor index_put_(Scalar value, params ReadOnlySpan<TensorIndex> indices)
        {
            var items = Describe(indices, stackalloc NativeIndex[IndicesOnStack]);
            fixed (NativeIndex* p = items) return InPlace(Native.zoo_index_put_scalar_(Handle, p, items.Length, value));
        }

        // An index expression crosses the boundary as an array of descriptors, on the stack unless it is long.
        private const int IndicesOnStack = 8;

        private static Span<NativeIndex> Describe(ReadOnlySpan<TensorIndex> indices, Span<NativeIndex> buffer)
        {
            var items = indices.Length <= buffer.Length ? buffer[..indices.Length] : new NativeIndex[indices.Length];
            for (int i = 0; i < items.Length; i++) items[i] = indices[i].ToNative();
            return items;
        }

        // ---- the gather/scatter family ------------------------------------------------------------------------

        /// <summary>The slices of <paramref name="dim"/> named by the int64 tensor <paramref name="index"/>, in that order.</summary>
        public Tensor index_select(long dim, Tensor index) => new(Native.zoo_index_select(Handle, dim, index.Handle));

        /// <summary>out[i][j] = this[index[i][j]][j] for dim 0 (and likewise for other dims).</summary>
        public Tensor gather(long dim, Tensor index) => new(Native.zoo_gather(Handle, dim, index.Handle));

        /// <summary>A copy with this[index[i][j]][j] = src[i][j] for dim 0 (the inverse of gather).</summary>
        public Tensor scatter(long dim, Tensor index, Tensor src) => new(Native.zoo_scatter(Handle, dim, index.Handle, src.Handle));
        public Tensor scatter(long dim, Tensor index, Scalar value) => new(Native.zoo_scatter_scalar(Handle, dim, index.Handle, value));
        public Tensor scatter_(long dim, Tensor index, Tensor src) => InPlace(Native.zoo_scatter_(Handle, dim, index.Handle, src.Handle));
        public Tensor scatter_(long dim, Tensor index, Scalar value) => InPlace(Native.zoo_scatter_scalar_(Handle, dim, index.Handle, value));

        /// <summary>As <see cref="scatter(long, Tensor, Tensor)"/>, adding into the target instead of overwriting it.</summary>
        public Tensor scatter_add(long dim, Tensor index, Tensor src) => new(Native.zoo_scatter_add(Handle, dim, index.Handle, src.Handle));
        public Tensor scatter_add_(long dim, Tensor index, Tensor src) => InPlace(Native.zoo_scatter_add_(Handle, dim, index.Handle, src.Handle));

        /// <summary>A copy with alpha * source added to the slices of <paramref name="dim"/> named by <paramref name="index"/>.</summary>
        public Tensor index_add(long dim, Tensor index, Tensor source, Scalar? alpha = null) =>
            new(Native.zoo_index_add(Handle, dim, index.Handle, source.Handle, alpha ?? 1));

        public Tensor index_fill_(long dim, Tensor index, Scalar value) => InPlace(Native.zoo_index_fill_(Handle, dim, index.Handle, value));

        /// <summary>The elements where the bool <paramref name="mask"/> (broadcast) is true, as a 1-D tensor.</summary>
        public Tensor masked_select(Tensor mask) => new(Native.zoo_masked_select(Handle, mask.Handle));

        /// <summary>The indices of the non-zero elements, one row per element (shape [n, ndim]).</summary>
        public Tensor nonzero() => new(Native.zoo_nonzero(Handle));

        /// <summary>Elements of the flattened tensor at the positions in <paramref name="index"/>.</summary>
        public Tensor take(Tensor index) => new(Native.zoo_take(Handle, index.Handle));
    }
}
