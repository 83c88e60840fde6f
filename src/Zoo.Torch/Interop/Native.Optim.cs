using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

// optim.cpp: one call updates a whole parameter group. State arrays hold one handle per parameter, zero until the
// shim creates the tensor on the parameter's first gradient (the caller then owns the handle written back).
internal static unsafe partial class Native
{
    [LibraryImport(Lib)]
    internal static partial int zoo_optim_sgd_step(IntPtr* parameters, IntPtr* momentumBuffers, int count, double lr,
        double momentum, double dampening, double weightDecay, int nesterov, int maximize);

    [LibraryImport(Lib)]
    internal static partial int zoo_optim_adam_step(IntPtr* parameters, IntPtr* expAvgs, IntPtr* expAvgSqs,
        IntPtr* maxExpAvgSqs, long* steps, int count, double lr, double beta1, double beta2, double eps,
        double weightDecay, int amsgrad, int maximize, int decoupledWeightDecay);

    [LibraryImport(Lib)]
    internal static partial int zoo_optim_rmsprop_step(IntPtr* parameters, IntPtr* squareAvgs, IntPtr* momentumBuffers,
        IntPtr* gradAvgs, long* steps, int count, double lr, double alpha, double eps, double weightDecay,
        double momentum, int centered, int maximize);

    [LibraryImport(Lib)] internal static partial int zoo_optim_zero_grad(IntPtr* parameters, int count, int setToNone);

    [LibraryImport(Lib)]
    internal static partial IntPtr zoo_clip_grad_norm_(IntPtr* parameters, int count, double maxNorm, double normType,
        int errorIfNonfinite);

    [LibraryImport(Lib)] internal static partial int zoo_clip_grad_value_(IntPtr* parameters, int count, double clipValue);
}
