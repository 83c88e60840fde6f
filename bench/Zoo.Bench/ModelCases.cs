using Zoo.Blocks;
using Zoo.Networks;
using Zoo.Torch;
using static Zoo.Torch.torch;

namespace Zoo.Bench;

/// <summary>
/// Every block at a realistic shape and the networks at their usual input, built through the generated typed
/// constructors; bench/python/bench_cases.py builds the same models from the PyTorch references under the same keys.
/// Each model gives a forward case (eval mode, no_grad) and a training case (train mode: forward, then backward of a
/// fixed output gradient into the parameters, and into the input for blocks, which sit inside a network).
/// </summary>
public static class ModelCases
{
    private static readonly long[] Block256 = { 8, 256, 28, 28 };
    private static readonly long[] Block512 = { 8, 512, 28, 28 };
    private static readonly long[] ImageNet = { 8, 3, 224, 224 };
    private static readonly long[] Cifar = { 64, 3, 32, 32 };

    private static readonly (string Key, string What, Func<nn.Module<Tensor, Tensor>> Build, long[] Shape)[] Blocks =
    {
        ("se", "SE(256)", () => new Se(256), Block256),
        ("eca", "ECA(256)", () => new Eca(256), Block256),
        ("gsop", "GSoP(256)", () => new Gsop(256), Block256),
        ("cbam", "CBAM(256)", () => new Cbam(256), Block256),
        ("bam", "BAM(256)", () => new Bam(256), Block256),
        ("triplet", "Triplet attention", () => new TripletAttention(), Block256),
        ("global_context", "GC(256)", () => new GlobalContext(256), Block256),
        ("non_local", "Non-local(256)", () => new NonLocal(256), Block256),
        ("double_attention", "A²(256)", () => new DoubleAttention(256), Block256),
        ("aa_conv", "AA-Conv(256 → 256)", () => new AaConv(256, 256), Block256),
        ("danet_pam", "DANet PAM(256)", () => new DanetPam(256), Block256),
        ("danet_cam", "DANet CAM", () => new DanetCam(256), Block256),
        ("danet_head", "DA head(512, 19 classes)", () => new DanetHead(512, 19), Block512),
        ("criss_cross", "criss-cross(256)", () => new CrissCrossAttention(256), Block256),
        ("rcca", "RCCA(512, 19 classes)", () => new Rcca(512, 19), Block512),
        ("selective_kernel", "SK(256)", () => new SelectiveKernel(256), Block256),
        ("split_attention", "split attention(256, 256)", () => new SplitAttention(256, 256), Block256),
        ("residual_attention", "residual attention(256, depth 2)", () => new ResidualAttention(256, depth: 2), Block256),
    };

    private static readonly (string Key, string What, Func<nn.Module<Tensor, Tensor>> Build, long[] Shape)[] Networks =
    {
        ("resnet50", "ResNet-50 (torchvision's)", () => ResNet.resnet50(), ImageNet),
        ("se_resnet50", "SE-ResNet-50", () => ResNet.se_resnet50(), ImageNet),
        ("cbam_resnet50", "CBAM-ResNet-50", () => ResNet.cbam_resnet50(), ImageNet),
        ("eca_resnet50", "ECA-ResNet-50", () => ResNet.eca_resnet50(), ImageNet),
        ("resnet20", "ResNet-20 (CIFAR)", () => CifarResNet.resnet20(), Cifar),
        ("se_resnet20", "SE-ResNet-20 (CIFAR)", () => CifarResNet.se_resnet20(), Cifar),
    };

    public const string BlockForward = "blocks: forward (eval, no_grad)";
    public const string BlockTrain = "blocks: forward + backward (train)";
    public const string NetworkForward = "networks: forward (eval, no_grad)";
    public const string NetworkTrain = "networks: forward + backward (train)";

    public static IEnumerable<BenchCase> All =>
        Blocks.SelectMany(b => Pair(b.Key, b.What, b.Build, b.Shape, BlockForward, BlockTrain, inputGradient: true, iterations: 5))
            .Concat(Networks.SelectMany(n => Pair(n.Key, n.What, n.Build, n.Shape, NetworkForward, NetworkTrain, inputGradient: false, iterations: 1)));

    private static IEnumerable<BenchCase> Pair(string key, string what, Func<nn.Module<Tensor, Tensor>> build, long[] shape,
        string forwardGroup, string trainGroup, bool inputGradient, int iterations)
    {
        var description = $"{what}, input {string.Join('x', shape)}";
        yield return new BenchCase(key + "_forward", forwardGroup, description, () => Forward(build, shape), iterations) { MeasuresMemory = true };
        yield return new BenchCase(key + "_train", trainGroup, description, () => Train(build, shape, inputGradient), iterations) { MeasuresMemory = true };
    }

    private static Action Forward(Func<nn.Module<Tensor, Tensor>> build, long[] shape)
    {
        manual_seed(0);
        var model = build();
        model.eval();
        var x = randn(shape).DetachFromDisposeScope();
        return () =>
        {
            using var _ = no_grad();
            model.call(x);
        };
    }

    private static Action Train(Func<nn.Module<Tensor, Tensor>> build, long[] shape, bool inputGradient)
    {
        manual_seed(0);
        var model = build();
        model.train();
        var x = randn(shape).requires_grad_(inputGradient).DetachFromDisposeScope();
        Tensor gradient;
        using (NewDisposeScope()) gradient = randn(model.call(x).shape).DetachFromDisposeScope();
        return () =>
        {
            model.zero_grad();
            x.grad = null;
            model.call(x).backward(gradient);
        };
    }
}
