namespace Zoo.Torch;

/// <summary>An error reported by libtorch (a bad shape, dtype, device or argument), carrying libtorch's message.</summary>
public sealed class TorchException : Exception
{
    public TorchException(string message) : base(message) { }
    public TorchException(string message, Exception inner) : base(message, inner) { }
}
