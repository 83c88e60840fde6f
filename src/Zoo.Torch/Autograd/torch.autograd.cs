using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>
        /// Accumulates the gradient of this tensor with respect to every leaf that requires grad. A non-scalar tensor
        /// needs <paramref name="gradient"/> (the upstream gradient, same shape).
        /// </summary>
        public void backward(Tensor? gradient = null, bool? retain_graph = null, bool create_graph = false) =>
            Native.Check(Native.zoo_backward(Handle, gradient?.Handle ?? IntPtr.Zero,
                retain_graph is null ? -1 : retain_graph.Value ? 1 : 0, create_graph ? 1 : 0));
    }

    /// <summary>Disables gradient recording on this thread until the returned guard is disposed.</summary>
    public static GradModeGuard no_grad() => new(false);

    /// <summary>Enables gradient recording on this thread until the returned guard is disposed.</summary>
    public static GradModeGuard enable_grad() => new(true);

    /// <summary>Sets gradient recording on this thread until the returned guard is disposed.</summary>
    public static GradModeGuard set_grad_enabled(bool enabled) => new(enabled);

    public static bool is_grad_enabled() => Native.zoo_is_grad_enabled() == 1;

    /// <summary>Restores the previous gradient mode when disposed (libtorch's grad mode is per thread).</summary>
    public sealed class GradModeGuard : IDisposable
    {
        private readonly bool previous;
        private bool disposed;

        internal GradModeGuard(bool enabled)
        {
            previous = Native.zoo_is_grad_enabled() == 1;
            Native.zoo_set_grad_enabled(enabled ? 1 : 0);
        }

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            Native.zoo_set_grad_enabled(previous ? 1 : 0);
        }
    }

    public static partial class autograd
    {
        /// <summary>
        /// The gradients of <paramref name="outputs"/> with respect to <paramref name="inputs"/>, without touching
        /// <c>.grad</c>. With <paramref name="allow_unused"/>, an input the outputs do not depend on gives null.
        /// </summary>
        public static unsafe Tensor?[] grad(IReadOnlyList<Tensor> outputs, IReadOnlyList<Tensor> inputs,
            IReadOnlyList<Tensor?>? grad_outputs = null, bool? retain_graph = null, bool create_graph = false,
            bool allow_unused = false)
        {
            var outs = Native.Handles(outputs);
            var ins = Native.Handles(inputs);
            var gouts = grad_outputs?.Select(g => g?.Handle ?? IntPtr.Zero).ToArray() ?? Array.Empty<IntPtr>();
            int count;
            IntPtr* result;
            fixed (IntPtr* o = outs)
            fixed (IntPtr* i = ins)
            fixed (IntPtr* g = gouts)
                result = Native.zoo_autograd_grad(o, outs.Length, i, ins.Length, g, gouts.Length,
                    retain_graph is null ? -1 : retain_graph.Value ? 1 : 0, create_graph ? 1 : 0, allow_unused ? 1 : 0, out count);
            if (result == null) throw new TorchException(Native.LastError());
            try
            {
                var grads = new Tensor?[count];
                for (int k = 0; k < count; k++) grads[k] = result[k] == IntPtr.Zero ? null : new Tensor(result[k]);
                return grads;
            }
            finally
            {
                Native.zoo_free_handles(result);
            }
        }
    }
}
