using static Zoo.Torch.torch;

namespace Zoo.Torch.Modules
{
    /// <summary>
    /// Resamples to a size or by a scale factor (see <see cref="nn.functional.interpolate"/>). A single size or
    /// factor applies to every spatial dimension.
    /// </summary>
    public sealed class Upsample : nn.Module<Tensor, Tensor>
    {
        public Upsample(long[]? size = null, double[]? scale_factor = null, UpsampleMode mode = UpsampleMode.Nearest, bool? align_corners = null,
            bool? recompute_scale_factor = null) : base(nameof(Upsample))
        {
            if ((size is null) == (scale_factor is null))
                throw new ArgumentException("Upsample: give either size or scale_factor.", nameof(size));
            (this.size, this.scale_factor, this.mode, this.align_corners, this.recompute_scale_factor) =
                (size, scale_factor, mode, align_corners, recompute_scale_factor);
        }

        public long[]? size { get; }
        public double[]? scale_factor { get; }
        public UpsampleMode mode { get; }
        public bool? align_corners { get; }
        public bool? recompute_scale_factor { get; }

        public override Tensor forward(Tensor input) =>
            nn.functional.interpolate(input, size, scale_factor, (InterpolationMode)mode, align_corners, recompute_scale_factor);

        public override string extra_repr()
        {
            var info = scale_factor is not null
                ? "scale_factor=" + (scale_factor.Length == 1 ? PythonRepr.Float(scale_factor[0]) : PythonRepr.Tuple(scale_factor))
                : "size=" + (size!.Length == 1 ? size[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : PythonRepr.Tuple(size));
            return info + ", mode=" + mode.ToString().ToLowerInvariant();
        }
    }

    /// <summary>[N, C·r², H, W] → [N, C, H·r, W·r].</summary>
    public sealed class PixelShuffle : nn.Module<Tensor, Tensor>
    {
        public PixelShuffle(long upscale_factor) : base(nameof(PixelShuffle)) => this.upscale_factor = upscale_factor;
        public long upscale_factor { get; }
        public override Tensor forward(Tensor input) => nn.functional.pixel_shuffle(input, upscale_factor);
        public override string extra_repr() => $"upscale_factor={upscale_factor}";
    }

    /// <summary>[N, C, H·r, W·r] → [N, C·r², H, W].</summary>
    public sealed class PixelUnshuffle : nn.Module<Tensor, Tensor>
    {
        public PixelUnshuffle(long downscale_factor) : base(nameof(PixelUnshuffle)) => this.downscale_factor = downscale_factor;
        public long downscale_factor { get; }
        public override Tensor forward(Tensor input) => nn.functional.pixel_unshuffle(input, downscale_factor);
        public override string extra_repr() => $"downscale_factor={downscale_factor}";
    }
}

namespace Zoo.Torch
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Upsample Upsample(long[]? size = null, double[]? scale_factor = null, UpsampleMode mode = UpsampleMode.Nearest,
                bool? align_corners = null, bool? recompute_scale_factor = null) =>
                new(size, scale_factor, mode, align_corners, recompute_scale_factor);

            public static Modules.PixelShuffle PixelShuffle(long upscale_factor) => new(upscale_factor);
            public static Modules.PixelUnshuffle PixelUnshuffle(long downscale_factor) => new(downscale_factor);
        }
    }
}
