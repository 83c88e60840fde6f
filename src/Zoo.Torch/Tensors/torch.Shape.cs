using Zoo.Torch.Interop;

namespace Zoo.Torch;

// torch.cat, stack and the other functions of several tensors, plus torch.xxx mirrors of the shape methods.
public static partial class torch
{
    /// <summary>Joins tensors along an existing dim (all other dims must match).</summary>
    public static unsafe Tensor cat(IList<Tensor> tensors, long dim = 0)
    {
        var handles = HandlesOf(tensors, stackalloc IntPtr[HandlesOnStack]);
        fixed (IntPtr* p = handles) return new Tensor(Native.zoo_cat(p, handles.Length, dim));
    }

    public static Tensor concat(IList<Tensor> tensors, long dim = 0) => cat(tensors, dim);
    public static Tensor concatenate(IList<Tensor> tensors, long dim = 0) => cat(tensors, dim);

    /// <summary>Joins tensors of one shape along a new dim.</summary>
    public static unsafe Tensor stack(IList<Tensor> tensors, long dim = 0)
    {
        var handles = HandlesOf(tensors, stackalloc IntPtr[HandlesOnStack]);
        fixed (IntPtr* p = handles) return new Tensor(Native.zoo_stack(p, handles.Length, dim));
    }

    /// <summary>Joins tensors column-wise (along dim 1, or dim 0 for 1-D tensors).</summary>
    public static unsafe Tensor hstack(IList<Tensor> tensors)
    {
        var handles = HandlesOf(tensors, stackalloc IntPtr[HandlesOnStack]);
        fixed (IntPtr* p = handles) return new Tensor(Native.zoo_hstack(p, handles.Length));
    }

    /// <summary>Joins tensors row-wise (along dim 0, making 1-D tensors rows).</summary>
    public static unsafe Tensor vstack(IList<Tensor> tensors)
    {
        var handles = HandlesOf(tensors, stackalloc IntPtr[HandlesOnStack]);
        fixed (IntPtr* p = handles) return new Tensor(Native.zoo_vstack(p, handles.Length));
    }

    // Tensor lists cross the boundary as arrays of handles, on the stack unless the list is long.
    private const int HandlesOnStack = 32;

    private static Span<IntPtr> HandlesOf(IList<Tensor> tensors, Span<IntPtr> buffer)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        var handles = tensors.Count <= buffer.Length ? buffer[..tensors.Count] : new IntPtr[tensors.Count];
        for (int i = 0; i < handles.Length; i++) handles[i] = tensors[i].Handle;
        return handles;
    }

    private static Span<IntPtr> HandlesOf(ReadOnlySpan<Tensor> tensors, Span<IntPtr> buffer)
    {
        var handles = tensors.Length <= buffer.Length ? buffer[..tensors.Length] : new IntPtr[tensors.Length];
        for (int i = 0; i < handles.Length; i++) handles[i] = tensors[i].Handle;
        return handles;
    }

    public static Tensor[] split(Tensor input, long size, long dim = 0) => input.split(size, dim);
    public static Tensor[] split(Tensor input, long[] sizes, long dim = 0) => input.split(sizes, dim);
    public static Tensor[] chunk(Tensor input, long chunks, long dim = 0) => input.chunk(chunks, dim);
    public static Tensor[] unbind(Tensor input, long dim = 0) => input.unbind(dim);

    public static Tensor reshape(Tensor input, params ReadOnlySpan<long> shape) => input.reshape(shape);
    public static Tensor permute(Tensor input, params ReadOnlySpan<long> dims) => input.permute(dims);
    public static Tensor transpose(Tensor input, long dim0, long dim1) => input.transpose(dim0, dim1);
    public static Tensor t(Tensor input) => input.t();
    public static Tensor movedim(Tensor input, long source, long destination) => input.movedim(source, destination);
    public static Tensor flatten(Tensor input, long start_dim = 0, long end_dim = -1) => input.flatten(start_dim, end_dim);
    public static Tensor unflatten(Tensor input, long dim, params ReadOnlySpan<long> sizes) => input.unflatten(dim, sizes);
    public static Tensor squeeze(Tensor input, long? dim = null) => input.squeeze(dim);
    public static Tensor unsqueeze(Tensor input, long dim) => input.unsqueeze(dim);
    public static Tensor narrow(Tensor input, long dim, long start, long length) => input.narrow(dim, start, length);
    public static Tensor select(Tensor input, long dim, long index) => input.select(dim, index);
    public static Tensor repeat_interleave(Tensor input, long repeats, long? dim = null) => input.repeat_interleave(repeats, dim);
    public static Tensor tile(Tensor input, params ReadOnlySpan<long> dims) => input.tile(dims);
    public static Tensor flip(Tensor input, params ReadOnlySpan<long> dims) => input.flip(dims);
    public static Tensor roll(Tensor input, long shifts, long? dim = null) => input.roll(shifts, dim);
    public static Tensor roll(Tensor input, long[] shifts, long[] dims) => input.roll(shifts, dims);
    public static Tensor tril(Tensor input, long diagonal = 0) => input.tril(diagonal);
    public static Tensor triu(Tensor input, long diagonal = 0) => input.triu(diagonal);
    public static Tensor diagonal(Tensor input, long offset = 0, long dim1 = 0, long dim2 = 1) => input.diagonal(offset, dim1, dim2);
    public static Tensor diag(Tensor input, long diagonal = 0) => input.diag(diagonal);
    public static Tensor diag_embed(Tensor input, long offset = 0, long dim1 = -2, long dim2 = -1) => input.diag_embed(offset, dim1, dim2);

    public static Tensor index_select(Tensor input, long dim, Tensor index) => input.index_select(dim, index);
    public static Tensor gather(Tensor input, long dim, Tensor index) => input.gather(dim, index);
    public static Tensor scatter(Tensor input, long dim, Tensor index, Tensor src) => input.scatter(dim, index, src);
    public static Tensor scatter_add(Tensor input, long dim, Tensor index, Tensor src) => input.scatter_add(dim, index, src);
    public static Tensor masked_select(Tensor input, Tensor mask) => input.masked_select(mask);
    public static Tensor nonzero(Tensor input) => input.nonzero();
    public static Tensor take(Tensor input, Tensor index) => input.take(index);
}
