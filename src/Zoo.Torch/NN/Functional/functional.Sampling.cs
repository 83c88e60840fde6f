using Zoo.Torch.Interop;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public static partial class functional
        {
            /// <summary>
            /// Resamples the spatial dimensions of [N, C, L], [N, C, H, W] or [N, C, D, H, W] input to <paramref name="size"/>
            /// or by <paramref name="scale_factor"/> (exactly one of them; one value for every dimension or one per
            /// dimension), with PyTorch's semantics: <paramref name="align_corners"/> only for the linear modes (default
            /// false), <paramref name="recompute_scale_factor"/> computing the output size first and resampling to it.
            /// </summary>
            public static Tensor interpolate(Tensor input, long[]? size = null, double[]? scale_factor = null,
                InterpolationMode mode = InterpolationMode.Nearest, bool? align_corners = null, bool? recompute_scale_factor = null,
                bool antialias = false)
            {
                const string f = nameof(interpolate);
                var shape = input.shape;
                int dims = shape.Length - 2;
                bool interpolating = mode is InterpolationMode.Linear or InterpolationMode.Bilinear or InterpolationMode.Bicubic or InterpolationMode.Trilinear;
                if (!interpolating && align_corners is not null)
                    throw new ArgumentException($"{f}: align_corners can only be set with the interpolating modes (Linear, Bilinear, Bicubic, Trilinear), not {mode}.", nameof(align_corners));
                if (dims < 1)
                    throw new ArgumentException($"{f}: expected input [N, C, ...] with at least one spatial dimension, got {Tensor.ShapeString(shape)}.", nameof(input));
                if (size is not null && scale_factor is not null)
                    throw new ArgumentException($"{f}: give either size or scale_factor, not both.");
                if (size is null && scale_factor is null)
                    throw new ArgumentException($"{f}: give size or scale_factor.");
                if (recompute_scale_factor == true && size is not null)
                    throw new ArgumentException($"{f}: recompute_scale_factor is not meaningful with an explicit size.", nameof(recompute_scale_factor));
                if (antialias && !(mode is InterpolationMode.Bilinear or InterpolationMode.Bicubic && dims == 2))
                    throw new ArgumentException($"{f}: antialias is only supported for Bilinear and Bicubic modes on 4-D input.", nameof(antialias));

                long[]? outputSize = size is null ? null : PerDimension(size, dims, nameof(size), shape);
                double[]? scales = scale_factor is null ? null : PerDimension(scale_factor, dims, nameof(scale_factor), shape);
                // Area mode always resamples to an explicit size, as do callers asking to recompute the scale.
                if (scales is not null && (recompute_scale_factor == true || mode == InterpolationMode.Area))
                {
                    outputSize = new long[dims];
                    for (int i = 0; i < dims; i++) outputSize[i] = (long)Math.Floor(shape[i + 2] * scales[i]);
                    scales = null;
                }
                return new(Native.zoo_interpolate(input.Handle, outputSize, outputSize?.Length ?? 0, scales, scales?.Length ?? 0,
                    (int)mode, align_corners == true ? 1 : 0, antialias ? 1 : 0));
            }

            private static T[] PerDimension<T>(T[] values, int dims, string name, long[] shape)
            {
                if (values.Length == dims) return values;
                if (values.Length == 1) return Enumerable.Repeat(values[0], dims).ToArray();
                throw new ArgumentException(
                    $"interpolate: the input has {dims} spatial dimensions ({Tensor.ShapeString(shape)}) but {name} has {values.Length} values; " +
                    $"give one value, or one per spatial dimension.", name);
            }

            /// <summary>
            /// Pads the last dimensions: <paramref name="pad"/> lists (before, after) pairs starting from the last
            /// dimension, as PyTorch's <c>F.pad</c> (<c>[left, right, top, bottom]</c> for an image).
            /// </summary>
            public static Tensor pad(Tensor input, long[] pad, PaddingModes mode = PaddingModes.Constant, double value = 0)
            {
                ArgumentNullException.ThrowIfNull(pad);
                if (pad.Length % 2 != 0)
                    throw new ArgumentException($"pad: the padding list has {pad.Length} values; it needs (before, after) pairs.", nameof(pad));
                var name = mode switch
                {
                    PaddingModes.Zeros or PaddingModes.Constant => "constant",
                    PaddingModes.Reflect => "reflect",
                    PaddingModes.Replicate => "replicate",
                    PaddingModes.Circular => "circular",
                    _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown padding mode"),
                };
                return new(Native.zoo_pad(input.Handle, pad, pad.Length, name, mode == PaddingModes.Zeros ? 0 : value));
            }

            /// <summary>[N, C·r², H, W] → [N, C, H·r, W·r] (sub-pixel convolution's rearrangement).</summary>
            public static Tensor pixel_shuffle(Tensor input, long upscale_factor) => new(Native.zoo_pixel_shuffle(input.Handle, upscale_factor));

            /// <summary>The inverse of <see cref="pixel_shuffle"/>: [N, C, H·r, W·r] → [N, C·r², H, W].</summary>
            public static Tensor pixel_unshuffle(Tensor input, long downscale_factor) => new(Native.zoo_pixel_unshuffle(input.Handle, downscale_factor));
        }
    }
}
