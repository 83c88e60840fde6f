namespace Zoo.Torch;

/// <summary>How <see cref="torch.Tensor.ToString(TensorStringStyle)"/> renders a tensor.</summary>
public enum TensorStringStyle
{
    /// <summary>Shape, dtype and device: <c>[2x3], type = Float32, device = cpu</c> (what <c>ToString()</c> gives).</summary>
    Metadata,

    /// <summary>The values as PyTorch's <c>str(tensor)</c> prints them: <c>tensor([[1.0000, 2.0000], ...])</c>.</summary>
    PyTorch,
}

/// <summary>PyTorch's print options (<c>torch.set_printoptions</c>), shared by every tensor of the process.</summary>
public sealed record PrintOptions
{
    /// <summary>Digits after the decimal point.</summary>
    public int precision { get; init; } = 4;

    /// <summary>Tensors with more elements than this are summarised with <c>...</c>.</summary>
    public double threshold { get; init; } = 1000;

    /// <summary>Elements shown at each end of a summarised dim.</summary>
    public int edgeitems { get; init; } = 3;

    /// <summary>Characters per line before a row of elements wraps.</summary>
    public int linewidth { get; init; } = 80;

    /// <summary>Scientific notation on (true), off (false), or chosen from the values (null).</summary>
    public bool? sci_mode { get; init; }
}
