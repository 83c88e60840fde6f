using Zoo.Torch.Interop;
using Zoo.Torch.Modules;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class utils
        {
            /// <summary>
            /// Scales the parameters' gradients in place so that their total norm (all gradients as one vector) is at
            /// most <paramref name="max_norm"/>, exactly as PyTorch's <c>clip_grad_norm_</c>; parameters without a
            /// gradient are ignored. Returns the total norm before clipping. One native call.
            /// <paramref name="norm_type"/> is the p of the p-norm (<see cref="double.PositiveInfinity"/> for the largest
            /// absolute value); with <paramref name="error_if_nonfinite"/>, a NaN or infinite total norm throws instead.
            /// </summary>
            public static unsafe double clip_grad_norm_(IEnumerable<Parameter> parameters, double max_norm, double norm_type = 2.0,
                bool error_if_nonfinite = false)
            {
                ArgumentNullException.ThrowIfNull(parameters);
                var handles = Native.Handles(parameters.ToArray());
                IntPtr total;
                fixed (IntPtr* p = handles)
                    total = Native.zoo_clip_grad_norm_(p, handles.Length, max_norm, norm_type, error_if_nonfinite ? 1 : 0);
                using var norm = new Tensor(total).DetachFromDisposeScope();
                return norm.ToDouble();
            }

            /// <summary>Clamps the parameters' gradients in place into [-clip_value, clip_value] (PyTorch's <c>clip_grad_value_</c>).</summary>
            public static unsafe void clip_grad_value_(IEnumerable<Parameter> parameters, double clip_value)
            {
                ArgumentNullException.ThrowIfNull(parameters);
                var handles = Native.Handles(parameters.ToArray());
                fixed (IntPtr* p = handles)
                    Native.Check(Native.zoo_clip_grad_value_(p, handles.Length, clip_value));
            }
        }
    }
}
