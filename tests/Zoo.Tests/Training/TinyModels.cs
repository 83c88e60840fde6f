using Zoo.Torch.Modules;

namespace Zoo.Tests.Training;

/// <summary>A small CNN for tests: conv-BN-ReLU-pool, conv-ReLU, global pooling, dropout, linear.</summary>
public sealed class TinyCnn : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly Conv2d conv2;
    private readonly Linear fc;
    private readonly double dropout;

    public TinyCnn(int channels, int classes, int width = 8, double dropout = 0.1) : base(nameof(TinyCnn))
    {
        conv1 = nn.Conv2d(channels, width, 3, padding: 1, bias: false);
        bn1 = nn.BatchNorm2d(width);
        conv2 = nn.Conv2d(width, 2 * width, 3, padding: 1);
        fc = nn.Linear(2 * width, classes);
        this.dropout = dropout;
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = bn1.call(conv1.call(input)).relu();
        x = nn.functional.max_pool2d(x, 2);
        x = conv2.call(x).relu();
        x = nn.functional.adaptive_avg_pool2d(x, 1).flatten(1);
        x = nn.functional.dropout(x, dropout, training);
        return fc.call(x);
    }
}

/// <summary>A small fully convolutional segmentation net for tests: per-pixel logits at the input's size.</summary>
public sealed class TinySegNet : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly Conv2d head;

    public TinySegNet(int channels, int classes, int width = 8) : base(nameof(TinySegNet))
    {
        conv1 = nn.Conv2d(channels, width, 3, padding: 1, bias: false);
        bn1 = nn.BatchNorm2d(width);
        head = nn.Conv2d(width, classes, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input) => head.call(bn1.call(conv1.call(input)).relu());
}

/// <summary>Wraps a model and makes its output NaN from the given forward call on (counting training calls only).</summary>
public sealed class NanFrom : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> inner;
    private readonly int fromCall;
    private int calls;

    public NanFrom(nn.Module<Tensor, Tensor> inner, int fromCall) : base(nameof(NanFrom))
    {
        this.inner = inner;
        this.fromCall = fromCall;
        register_module("inner", inner);
    }

    public override Tensor forward(Tensor input)
    {
        var output = inner.call(input);
        if (training && ++calls >= fromCall) return output * double.NaN;
        return output;
    }
}
