using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.NN;

/// <summary>
/// torchvision's BasicBlock written with Zoo.Torch: two 3x3 convolutions with batch norm and a residual connection,
/// projected by a 1x1 convolution when the shape changes. Field names are torchvision's attribute names, so the
/// state_dict keys are too.
/// </summary>
internal sealed class BasicBlock : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly ReLU relu = nn.ReLU(inplace: true);
    private readonly Conv2d conv2;
    private readonly BatchNorm2d bn2;
    private readonly Sequential? downsample;

    public BasicBlock(long inplanes, long planes, long stride = 1) : base(nameof(BasicBlock))
    {
        conv1 = nn.Conv2d(inplanes, planes, 3, stride: stride, padding: 1, bias: false);
        bn1 = nn.BatchNorm2d(planes);
        conv2 = nn.Conv2d(planes, planes, 3, padding: 1, bias: false);
        bn2 = nn.BatchNorm2d(planes);
        if (stride != 1 || inplanes != planes)
            downsample = nn.Sequential(nn.Conv2d(inplanes, planes, 1, stride: stride, bias: false), nn.BatchNorm2d(planes));
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var identity = downsample is null ? x : downsample.call(x);
        var y = bn2.call(conv2.call(relu.call(bn1.call(conv1.call(x)))));
        y.add_(identity);
        return relu.call(y).MoveToOuterDisposeScope();
    }
}

/// <summary>torchvision's ResNet-18 (<c>torchvision.models.resnet18()</c>): same structure, names and printed form.</summary>
internal sealed class ResNet18 : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv1 = nn.Conv2d(3, 64, 7, stride: 2, padding: 3, bias: false);
    private readonly BatchNorm2d bn1 = nn.BatchNorm2d(64);
    private readonly ReLU relu = nn.ReLU(inplace: true);
    private readonly MaxPool2d maxpool = nn.MaxPool2d(3, stride: 2, padding: 1);
    private readonly Sequential layer1 = Layer(64, 64, 1);
    private readonly Sequential layer2 = Layer(64, 128, 2);
    private readonly Sequential layer3 = Layer(128, 256, 2);
    private readonly Sequential layer4 = Layer(256, 512, 2);
    private readonly AdaptiveAvgPool2d avgpool = nn.AdaptiveAvgPool2d((1, 1));
    private readonly Linear fc;

    public ResNet18(long num_classes = 1000) : base("ResNet")
    {
        fc = nn.Linear(512, num_classes);
        RegisterComponents();
    }

    private static Sequential Layer(long inplanes, long planes, long stride) =>
        nn.Sequential(new BasicBlock(inplanes, planes, stride), new BasicBlock(planes, planes));

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var y = maxpool.call(relu.call(bn1.call(conv1.call(x))));
        y = layer4.call(layer3.call(layer2.call(layer1.call(y))));
        return fc.call(avgpool.call(y).flatten(1)).MoveToOuterDisposeScope();
    }
}
