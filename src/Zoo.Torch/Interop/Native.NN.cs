using System.Runtime.InteropServices;

namespace Zoo.Torch.Interop;

// torch.nn's native entry points (native/src/nn_*.cpp). Int lists cross as (array, length); arrays are pinned
// for the call. Optional tensors are IntPtr.Zero.
internal static partial class Native
{
    // nn_conv.cpp
    [LibraryImport(Lib)] internal static partial IntPtr zoo_linear(IntPtr input, IntPtr weight, IntPtr bias);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_conv1d(IntPtr input, IntPtr weight, IntPtr bias, long[] stride, int strideN, long[] padding, int paddingN, long[] dilation, int dilationN, long groups);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_conv2d(IntPtr input, IntPtr weight, IntPtr bias, long[] stride, int strideN, long[] padding, int paddingN, long[] dilation, int dilationN, long groups);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial IntPtr zoo_conv1d_padding_mode(IntPtr input, IntPtr weight, IntPtr bias, long[] stride, int strideN, string padding, long[] dilation, int dilationN, long groups);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial IntPtr zoo_conv2d_padding_mode(IntPtr input, IntPtr weight, IntPtr bias, long[] stride, int strideN, string padding, long[] dilation, int dilationN, long groups);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_conv_transpose1d(IntPtr input, IntPtr weight, IntPtr bias, long[] stride, int strideN, long[] padding, int paddingN, long[] outputPadding, int outputPaddingN, long groups, long[] dilation, int dilationN);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_conv_transpose2d(IntPtr input, IntPtr weight, IntPtr bias, long[] stride, int strideN, long[] padding, int paddingN, long[] outputPadding, int outputPaddingN, long groups, long[] dilation, int dilationN);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_unfold(IntPtr input, long[] kernelSize, int kernelSizeN, long[] dilation, int dilationN, long[] padding, int paddingN, long[] stride, int strideN);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_fold(IntPtr input, long[] outputSize, int outputSizeN, long[] kernelSize, int kernelSizeN, long[] dilation, int dilationN, long[] padding, int paddingN, long[] stride, int strideN);

    // nn_norm.cpp
    [LibraryImport(Lib)] internal static partial IntPtr zoo_batch_norm(IntPtr input, IntPtr runningMean, IntPtr runningVar, IntPtr weight, IntPtr bias, int training, double momentum, double eps);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_instance_norm(IntPtr input, IntPtr runningMean, IntPtr runningVar, IntPtr weight, IntPtr bias, int useInputStats, double momentum, double eps);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_group_norm(IntPtr input, long numGroups, IntPtr weight, IntPtr bias, double eps);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_layer_norm(IntPtr input, long[] normalizedShape, int normalizedShapeN, IntPtr weight, IntPtr bias, double eps);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_normalize(IntPtr input, double p, long dim, double eps);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_cosine_similarity(IntPtr x1, IntPtr x2, long dim, double eps);

    // nn_pool.cpp
    [LibraryImport(Lib)] internal static partial IntPtr zoo_max_pool1d(IntPtr input, long[] kernelSize, int kernelSizeN, long[] stride, int strideN, long[] padding, int paddingN, long[] dilation, int dilationN, int ceilMode);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_max_pool2d(IntPtr input, long[] kernelSize, int kernelSizeN, long[] stride, int strideN, long[] padding, int paddingN, long[] dilation, int dilationN, int ceilMode);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_max_pool2d_with_indices(IntPtr input, long[] kernelSize, int kernelSizeN, long[] stride, int strideN, long[] padding, int paddingN, long[] dilation, int dilationN, int ceilMode, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_avg_pool1d(IntPtr input, long[] kernelSize, int kernelSizeN, long[] stride, int strideN, long[] padding, int paddingN, int ceilMode, int countIncludePad);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_avg_pool2d(IntPtr input, long[] kernelSize, int kernelSizeN, long[] stride, int strideN, long[] padding, int paddingN, int ceilMode, int countIncludePad, long divisorOverride);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_adaptive_avg_pool1d(IntPtr input, long[] outputSize, int outputSizeN);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_adaptive_avg_pool2d(IntPtr input, long[] outputSize, int outputSizeN);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_adaptive_max_pool1d(IntPtr input, long[] outputSize, int outputSizeN);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_adaptive_max_pool2d(IntPtr input, long[] outputSize, int outputSizeN, out IntPtr indices);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_adaptive_max_pool2d_values(IntPtr input, long[] outputSize, int outputSizeN);

    // nn_sampling.cpp
    [LibraryImport(Lib)] internal static partial IntPtr zoo_interpolate(IntPtr input, long[]? size, int sizeN, double[]? scales, int scalesN, int mode, int alignCorners, int antialias);
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial IntPtr zoo_pad(IntPtr input, long[] pad, int padN, string mode, double value);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_pixel_shuffle(IntPtr input, long upscaleFactor);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_pixel_unshuffle(IntPtr input, long downscaleFactor);

    // nn_activation.cpp
    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)] internal static partial IntPtr zoo_gelu(IntPtr x, string approximate);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_silu(IntPtr x);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_mish(IntPtr x);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_leaky_relu(IntPtr x, double negativeSlope);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_relu6(IntPtr x);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_hardtanh(IntPtr x, double minVal, double maxVal);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_elu(IntPtr x, double alpha);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_selu(IntPtr x);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_hardsigmoid(IntPtr x);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_hardswish(IntPtr x);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_softplus(IntPtr x, double beta, double threshold);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_logsigmoid(IntPtr x);
    [LibraryImport(Lib)] internal static partial int zoo_silu_(IntPtr x);
    [LibraryImport(Lib)] internal static partial int zoo_mish_(IntPtr x);
    [LibraryImport(Lib)] internal static partial int zoo_leaky_relu_(IntPtr x, double negativeSlope);
    [LibraryImport(Lib)] internal static partial int zoo_relu6_(IntPtr x);
    [LibraryImport(Lib)] internal static partial int zoo_hardtanh_(IntPtr x, double minVal, double maxVal);
    [LibraryImport(Lib)] internal static partial int zoo_elu_(IntPtr x, double alpha);
    [LibraryImport(Lib)] internal static partial int zoo_selu_(IntPtr x);
    [LibraryImport(Lib)] internal static partial int zoo_hardsigmoid_(IntPtr x);
    [LibraryImport(Lib)] internal static partial int zoo_hardswish_(IntPtr x);

    // nn_dropout.cpp
    [LibraryImport(Lib)] internal static partial IntPtr zoo_dropout(IntPtr x, double p, int training);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_feature_dropout(IntPtr x, double p, int training);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_alpha_dropout(IntPtr x, double p, int training);
    [LibraryImport(Lib)] internal static partial int zoo_dropout_(IntPtr x, double p, int training);
    [LibraryImport(Lib)] internal static partial int zoo_feature_dropout_(IntPtr x, double p, int training);

    // nn_loss.cpp
    [LibraryImport(Lib)] internal static partial IntPtr zoo_cross_entropy(IntPtr input, IntPtr target, IntPtr weight, long reduction, long ignoreIndex, double labelSmoothing);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_nll_loss(IntPtr input, IntPtr target, IntPtr weight, long reduction, long ignoreIndex);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_mse_loss(IntPtr input, IntPtr target, long reduction);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_l1_loss(IntPtr input, IntPtr target, long reduction);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_smooth_l1_loss(IntPtr input, IntPtr target, long reduction, double beta);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_huber_loss(IntPtr input, IntPtr target, long reduction, double delta);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_binary_cross_entropy(IntPtr input, IntPtr target, IntPtr weight, long reduction);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_binary_cross_entropy_with_logits(IntPtr input, IntPtr target, IntPtr weight, IntPtr posWeight, long reduction);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_kl_div(IntPtr input, IntPtr target, long reduction, int logTarget);
    [LibraryImport(Lib)] internal static partial IntPtr zoo_one_hot(IntPtr input, long numClasses);

    // nn_init.cpp
    [LibraryImport(Lib)] internal static partial int zoo_init_uniform_(IntPtr t, double low, double high);
    [LibraryImport(Lib)] internal static partial int zoo_init_normal_(IntPtr t, double mean, double std);
    [LibraryImport(Lib)] internal static partial int zoo_init_constant_(IntPtr t, double value);
    [LibraryImport(Lib)] internal static partial int zoo_init_trunc_normal_(IntPtr t, double mean, double std, double a, double b);
    [LibraryImport(Lib)] internal static partial int zoo_init_eye_(IntPtr t);
    [LibraryImport(Lib)] internal static partial int zoo_init_dirac_(IntPtr t, long groups);
    [LibraryImport(Lib)] internal static partial int zoo_init_orthogonal_(IntPtr t, double gain);
}
