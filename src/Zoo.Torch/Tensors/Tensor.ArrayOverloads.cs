namespace Zoo.Torch;

/// <summary>
/// <c>params</c> array overloads of the methods that take <c>params ReadOnlySpan</c>. C# 13 callers bind to the span
/// versions (no allocation); C# 12 callers, such as VS Code's C# notebook kernel, cannot pass separate arguments to a
/// span parameter, and bind here instead: <c>x.view(n, c, 1, 1)</c> and <c>x[0, 1]</c> work in both.
/// </summary>
public static partial class torch
{
    public partial class Tensor
    {
        public Tensor view(params long[] shape) => view((ReadOnlySpan<long>)shape);
        public Tensor reshape(params long[] shape) => reshape((ReadOnlySpan<long>)shape);
        public Tensor permute(params long[] dims) => permute((ReadOnlySpan<long>)dims);
        public Tensor unflatten(long dim, params long[] sizes) => unflatten(dim, (ReadOnlySpan<long>)sizes);
        public Tensor expand(params long[] sizes) => expand((ReadOnlySpan<long>)sizes);
        public Tensor repeat(params long[] repeats) => repeat((ReadOnlySpan<long>)repeats);
        public Tensor tile(params long[] dims) => tile((ReadOnlySpan<long>)dims);
        public Tensor flip(params long[] dims) => flip((ReadOnlySpan<long>)dims);

        public Tensor this[params TensorIndex[] indices]
        {
            get => this[(ReadOnlySpan<TensorIndex>)indices];
            set => this[(ReadOnlySpan<TensorIndex>)indices] = value;
        }

        public Tensor index(params TensorIndex[] indices) => index((ReadOnlySpan<TensorIndex>)indices);
        public Tensor index_put_(Tensor value, params TensorIndex[] indices) => index_put_(value, (ReadOnlySpan<TensorIndex>)indices);
        public Tensor index_put_(Scalar value, params TensorIndex[] indices) => index_put_(value, (ReadOnlySpan<TensorIndex>)indices);
    }

    public static Tensor reshape(Tensor input, params long[] shape) => input.reshape((ReadOnlySpan<long>)shape);
    public static Tensor permute(Tensor input, params long[] dims) => input.permute((ReadOnlySpan<long>)dims);
    public static Tensor unflatten(Tensor input, long dim, params long[] sizes) => input.unflatten(dim, (ReadOnlySpan<long>)sizes);
    public static Tensor tile(Tensor input, params long[] dims) => input.tile((ReadOnlySpan<long>)dims);
    public static Tensor flip(Tensor input, params long[] dims) => input.flip((ReadOnlySpan<long>)dims);
    public static Tensor einsum(string equation, params Tensor[] operands) => einsum(equation, (ReadOnlySpan<Tensor>)operands);
}
