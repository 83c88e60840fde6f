using static Zoo.Torch.torch;

namespace Zoo.Torch.Printing;

/// <summary>How tensors display in notebooks: an HTML view (see <see cref="TensorHtml"/>) and PyTorch's text.</summary>
internal sealed class TensorFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => new object[]
    {
        new MimeFormatter<Tensor>("text/html", TensorHtml.Write),
        new MimeFormatter<Tensor>("text/plain", (tensor, writer) => writer.Write(tensor.IsInvalid ? tensor.ToString() : tensor.str())),
    };
}
