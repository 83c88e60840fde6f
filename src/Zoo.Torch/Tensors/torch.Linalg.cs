using Zoo.Torch.Interop;

namespace Zoo.Torch;

// Matrix products as torch.xxx functions, and Einstein summation.
public static partial class torch
{
    public static Tensor matmul(Tensor input, Tensor other) => input.matmul(other);
    public static Tensor mm(Tensor input, Tensor mat2) => input.mm(mat2);
    public static Tensor bmm(Tensor input, Tensor mat2) => input.bmm(mat2);
    public static Tensor mv(Tensor input, Tensor vec) => input.mv(vec);
    public static Tensor dot(Tensor input, Tensor other) => input.dot(other);
    public static Tensor outer(Tensor input, Tensor vec2) => input.outer(vec2);
    public static Tensor trace(Tensor input) => input.trace();
    public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2, Scalar? beta = null, Scalar? alpha = null) => input.baddbmm(batch1, batch2, beta, alpha);
    public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2, Scalar? beta = null, Scalar? alpha = null) => input.addmm(mat1, mat2, beta, alpha);
    public static Tensor tensordot(Tensor a, Tensor b, long[] dims_a, long[] dims_b) => a.tensordot(b, dims_a, dims_b);

    /// <summary>
    /// Einstein summation: <c>einsum("bhqd,bhkd->bhqk", q, k)</c> multiplies the operands along repeated letters
    /// and sums the letters missing from the output.
    /// </summary>
    public static unsafe Tensor einsum(string equation, params ReadOnlySpan<Tensor> operands)
    {
        ArgumentNullException.ThrowIfNull(equation);
        var handles = HandlesOf(operands, stackalloc IntPtr[HandlesOnStack]);
        Tensor result;
        fixed (IntPtr* p = handles) result = new Tensor(Native.zoo_einsum(equation, p, handles.Length));
        if (Profiling.MacCounter.IsActive) Profiling.MacCounter.CountEinsum(equation, operands);
        return result;
    }
}
