namespace Zoo.Torch.Printing;

/// <summary>
/// One rendering of values of type <typeparamref name="T"/> in a notebook, in the shape dotnet-interactive's
/// formatter convention expects: a <see cref="MimeType"/> and <see cref="Format"/>.
/// </summary>
public sealed class MimeFormatter<T>(string mimeType, Action<T, TextWriter> format)
{
    /// <summary>The MIME type written: <c>text/html</c>, <c>text/plain</c>...</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>The type this formatter renders.</summary>
    public Type Type => typeof(T);

    /// <summary>Writes <paramref name="instance"/>; false (nothing written) when it is not a <typeparamref name="T"/>.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not T value) return false;
        format(value, writer);
        return true;
    }
}
