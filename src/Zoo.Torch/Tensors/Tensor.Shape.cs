using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        // ---- views and reshapes -------------------------------------------------------------------------------

        /// <summary>A view with another shape over the same data (one dim may be -1); throws when the strides do not allow a view (use <see cref="reshape(ReadOnlySpan{long})"/>).</summary>
        public unsafe Tensor view(params ReadOnlySpan<long> shape)
        {
            fixed (long* p = shape) return new(Native.zoo_view(Handle, p, shape.Length));
        }

        /// <summary>The same data with another shape: a view when the strides allow it, a copy otherwise.</summary>
        public unsafe Tensor reshape(params ReadOnlySpan<long> shape)
        {
            fixed (long* p = shape) return new(Native.zoo_reshape(Handle, p, shape.Length));
        }

        public Tensor view_as(Tensor other) => new(Native.zoo_view_as(Handle, other.Handle));
        public Tensor reshape_as(Tensor other) => new(Native.zoo_reshape_as(Handle, other.Handle));

        /// <summary>A view with the dims reordered: dim i of the result is dim <c>dims[i]</c> of this tensor.</summary>
        public unsafe Tensor permute(params ReadOnlySpan<long> dims)
        {
            fixed (long* p = dims) return new(Native.zoo_permute(Handle, p, dims.Length));
        }

        public Tensor transpose(long dim0, long dim1) => new(Native.zoo_transpose(Handle, dim0, dim1));
        public Tensor swapaxes(long axis0, long axis1) => transpose(axis0, axis1);
        public Tensor swapdims(long dim0, long dim1) => transpose(dim0, dim1);

        /// <summary>The transpose of a matrix (a tensor of at most two dims).</summary>
        public Tensor t() => new(Native.zoo_t(Handle));

        /// <summary>The matrix transpose of every matrix in a batch (swaps the last two dims).</summary>
        public Tensor mT => transpose(-2, -1);

        public unsafe Tensor movedim(long source, long destination) => new(Native.zoo_movedim(Handle, &source, &destination, 1));

        public unsafe Tensor movedim(long[] source, long[] destination)
        {
            if (source.Length != destination.Length)
                throw new ArgumentException($"movedim: {source.Length} source dims but {destination.Length} destination dims.", nameof(destination));
            fixed (long* s = source)
            fixed (long* d = destination)
                return new(Native.zoo_movedim(Handle, s, d, source.Length));
        }

        public Tensor moveaxis(long source, long destination) => movedim(source, destination);

        /// <summary>Merges dims <paramref name="start_dim"/>..<paramref name="end_dim"/> into one.</summary>
        public Tensor flatten(long start_dim = 0, long end_dim = -1) => new(Native.zoo_flatten(Handle, start_dim, end_dim));

        /// <summary>Splits dim <paramref name="dim"/> into <paramref name="sizes"/> (one may be -1).</summary>
        public unsafe Tensor unflatten(long dim, params ReadOnlySpan<long> sizes)
        {
            fixed (long* p = sizes) return new(Native.zoo_unflatten(Handle, dim, p, sizes.Length));
        }

        public Tensor unsqueeze(long dim) => new(Native.zoo_unsqueeze(Handle, dim));
        public Tensor unsqueeze_(long dim) => InPlace(Native.zoo_unsqueeze_(Handle, dim));

        /// <summary>Removes every dim of size 1, or only <paramref name="dim"/> when given (and of size 1).</summary>
        public unsafe Tensor squeeze(long? dim = null)
        {
            long d = dim.GetValueOrDefault();
            return new(Native.zoo_squeeze(Handle, dim.HasValue ? &d : null));
        }

        public unsafe Tensor squeeze_(long? dim = null)
        {
            long d = dim.GetValueOrDefault();
            return InPlace(Native.zoo_squeeze_(Handle, dim.HasValue ? &d : null));
        }

        /// <summary>A view repeating size-1 dims to <paramref name="sizes"/> without copying (-1 keeps a size).</summary>
        public unsafe Tensor expand(params ReadOnlySpan<long> sizes)
        {
            fixed (long* p = sizes) return new(Native.zoo_expand(Handle, p, sizes.Length));
        }

        public Tensor expand_as(Tensor other) => new(Native.zoo_expand_as(Handle, other.Handle));

        /// <summary>A copy tiled <paramref name="repeats"/> times along each dim.</summary>
        public unsafe Tensor repeat(params ReadOnlySpan<long> repeats)
        {
            fixed (long* p = repeats) return new(Native.zoo_repeat(Handle, p, repeats.Length));
        }

        /// <summary>Repeats each element <paramref name="repeats"/> times (along <paramref name="dim"/>, or flattened).</summary>
        public unsafe Tensor repeat_interleave(long repeats, long? dim = null)
        {
            long d = dim.GetValueOrDefault();
            return new(Native.zoo_repeat_interleave(Handle, repeats, dim.HasValue ? &d : null));
        }

        public unsafe Tensor tile(params ReadOnlySpan<long> dims)
        {
            fixed (long* p = dims) return new(Native.zoo_tile(Handle, p, dims.Length));
        }

        // ---- slicing views ------------------------------------------------------------------------------------

        /// <summary>A view of <paramref name="length"/> elements of <paramref name="dim"/> from <paramref name="start"/>.</summary>
        public Tensor narrow(long dim, long start, long length) => new(Native.zoo_narrow(Handle, dim, start, length));

        /// <summary>A view of <c>[start:finish:step]</c> along <paramref name="dim"/> (Python's slice; bounds are clipped).</summary>
        public Tensor slice(long dim, long start, long finish, long step = 1) => new(Native.zoo_slice(Handle, dim, start, finish, step));

        /// <summary>A view of element <paramref name="index"/> of <paramref name="dim"/>, with that dim removed.</summary>
        public Tensor select(long dim, long index) => new(Native.zoo_select(Handle, dim, index));

        // ---- splitting ----------------------------------------------------------------------------------------

        /// <summary>Views of <paramref name="size"/> elements each along <paramref name="dim"/> (the last may be smaller).</summary>
        public unsafe Tensor[] split(long size, long dim = 0) => Native.TakeHandles(Native.zoo_split(Handle, size, dim, out var n), n);

        /// <summary>Views of the given sizes along <paramref name="dim"/> (they must add up to its size).</summary>
        public unsafe Tensor[] split(long[] sizes, long dim = 0)
        {
            fixed (long* p = sizes) return Native.TakeHandles(Native.zoo_split_with_sizes(Handle, p, sizes.Length, dim, out var n), n);
        }

        /// <summary><paramref name="chunks"/> views (or fewer) of equal size along <paramref name="dim"/>.</summary>
        public unsafe Tensor[] chunk(long chunks, long dim = 0) => Native.TakeHandles(Native.zoo_chunk(Handle, chunks, dim, out var n), n);

        /// <summary>Every slice along <paramref name="dim"/>, with that dim removed.</summary>
        public unsafe Tensor[] unbind(long dim = 0) => Native.TakeHandles(Native.zoo_unbind(Handle, dim, out var n), n);

        // ---- rearrangements -----------------------------------------------------------------------------------
        public unsafe Tensor flip(params ReadOnlySpan<long> dims)
        {
            fixed (long* p = dims) return new(Native.zoo_flip(Handle, p, dims.Length));
        }

        /// <summary>Shifts elements along <paramref name="dim"/> circularly (the flattened tensor when null).</summary>
        public unsafe Tensor roll(long shifts, long? dim = null)
        {
            long d = dim.GetValueOrDefault();
            return new(Native.zoo_roll(Handle, &shifts, &d, 1, dim.HasValue ? 1 : 0));
        }

        public unsafe Tensor roll(long[] shifts, long[] dims)
        {
            fixed (long* s = shifts)
            fixed (long* d = dims)
                return new(Native.zoo_roll(Handle, s, d, shifts.Length, dims.Length));
        }

        /// <summary>The lower triangle (elements on and below diagonal <paramref name="diagonal"/>), zeros elsewhere.</summary>
        public Tensor tril(long diagonal = 0) => new(Native.zoo_tril(Handle, diagonal));
        public Tensor triu(long diagonal = 0) => new(Native.zoo_triu(Handle, diagonal));
        public Tensor tril_(long diagonal = 0) => InPlace(Native.zoo_tril_(Handle, diagonal));
        public Tensor triu_(long diagonal = 0) => InPlace(Native.zoo_triu_(Handle, diagonal));

        /// <summary>A view of a diagonal of the matrices spanned by <paramref name="dim1"/> and <paramref name="dim2"/>.</summary>
        public Tensor diagonal(long offset = 0, long dim1 = 0, long dim2 = 1) => new(Native.zoo_diagonal(Handle, offset, dim1, dim2));

        /// <summary>A 1-D tensor's diagonal matrix, or a matrix's diagonal.</summary>
        public Tensor diag(long diagonal = 0) => new(Native.zoo_diag(Handle, diagonal));
        public Tensor diag_embed(long offset = 0, long dim1 = -2, long dim2 = -1) => new(Native.zoo_diag_embed(Handle, offset, dim1, dim2));
    }
}
