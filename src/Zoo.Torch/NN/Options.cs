namespace Zoo.Torch;

/// <summary>How a loss reduces its per-element values (numbered as libtorch's <c>at::Reduction</c>).</summary>
public enum Reduction
{
    /// <summary>No reduction: one loss per element (or per sample).</summary>
    None = 0,
    /// <summary>The mean (weighted by class weights where given).</summary>
    Mean = 1,
    /// <summary>The sum.</summary>
    Sum = 2,
}

/// <summary>The algorithm <see cref="torch.nn.functional.interpolate"/> resamples with.</summary>
public enum InterpolationMode
{
    Nearest = 0,
    /// <summary>3-D input ([N, C, L]).</summary>
    Linear = 1,
    /// <summary>4-D input ([N, C, H, W]).</summary>
    Bilinear = 2,
    /// <summary>4-D input ([N, C, H, W]).</summary>
    Bicubic = 3,
    /// <summary>5-D input ([N, C, D, H, W]).</summary>
    Trilinear = 4,
    /// <summary>Adaptive average pooling to the output size.</summary>
    Area = 5,
    /// <summary>Nearest neighbour with pixel centres aligned (PIL's and scikit-image's convention).</summary>
    NearestExact = 6,
}

/// <summary>The algorithm of an <see cref="Modules.Upsample"/> layer.</summary>
public enum UpsampleMode
{
    Nearest = InterpolationMode.Nearest,
    Linear = InterpolationMode.Linear,
    Bilinear = InterpolationMode.Bilinear,
    Bicubic = InterpolationMode.Bicubic,
    Trilinear = InterpolationMode.Trilinear,
}

/// <summary>What lies beyond a tensor's border when it is padded.</summary>
public enum PaddingModes
{
    /// <summary>Zeros (a convolution's default).</summary>
    Zeros,
    /// <summary>Mirrored values, the edge itself excluded.</summary>
    Reflect,
    /// <summary>Copies of the edge value.</summary>
    Replicate,
    /// <summary>Values from the opposite side (wrap-around).</summary>
    Circular,
    /// <summary>A constant value (<see cref="torch.nn.functional.pad"/>'s <c>value</c>).</summary>
    Constant,
}

/// <summary>A convolution's padding given by intent rather than by size.</summary>
public enum Padding
{
    /// <summary>No padding.</summary>
    Valid,
    /// <summary>Enough padding that the output has the input's size (stride 1 only).</summary>
    Same,
}
