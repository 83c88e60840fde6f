namespace Zoo.Torch.Tests.NN;

/// <summary>Losses against PyTorch: values and gradients (class indices, ignore_index, label smoothing, class weights).</summary>
public class LossParityTests
{
    private static Dictionary<string, Tensor> Classes(long n = 6, long c = 4, int seed = 61, bool ignore = false)
    {
        var target = TestData.Ints(seed + 1, c, n);
        if (ignore)
        {
            var t = target.ToArray<long>();
            t[1] = -1;
            t[4] = -1;
            target = tensor(t);
        }
        return new() { ["x"] = TestData.Normal(seed, n, c) * 2, ["y"] = target, ["w"] = TestData.Uniform(seed + 2, 0.2, 2.0, c) };
    }

    private static Dictionary<string, Tensor> Pair(params long[] shape) =>
        new() { ["x"] = TestData.Normal(62, shape), ["y"] = TestData.Normal(63, shape), ["w"] = TestData.Uniform(64, 0.2, 2, shape) };

    private static Dictionary<string, Tensor> Probabilities(params long[] shape) =>
        new() { ["x"] = TestData.Uniform(65, 0.05, 0.95, shape), ["y"] = TestData.Uniform(66, 0, 1, shape), ["w"] = TestData.Uniform(67, 0.2, 2, shape) };

    private static readonly ParityTable Table = new()
    {
        { "cross_entropy", "F.cross_entropy(x, y)", t => nn.functional.cross_entropy(t["x"], t["y"]), () => Classes(), "x" },
        { "cross_entropy_weight", "F.cross_entropy(x, y, weight=w)", t => nn.functional.cross_entropy(t["x"], t["y"], t["w"]), () => Classes(), "x" },
        { "cross_entropy_ignore_index", "F.cross_entropy(x, y, ignore_index=-1)",
            t => nn.functional.cross_entropy(t["x"], t["y"], ignore_index: -1), () => Classes(ignore: true), "x" },
        { "cross_entropy_label_smoothing", "F.cross_entropy(x, y, label_smoothing=0.1)",
            t => nn.functional.cross_entropy(t["x"], t["y"], label_smoothing: 0.1), () => Classes(), "x" },
        { "cross_entropy_ignore_index_label_smoothing", "F.cross_entropy(x, y, ignore_index=-1, label_smoothing=0.2)",
            t => nn.functional.cross_entropy(t["x"], t["y"], ignore_index: -1, label_smoothing: 0.2), () => Classes(ignore: true), "x" },
        { "cross_entropy_weight_ignore_index_label_smoothing", "F.cross_entropy(x, y, weight=w, ignore_index=-1, label_smoothing=0.15)",
            t => nn.functional.cross_entropy(t["x"], t["y"], t["w"], -1, label_smoothing: 0.15), () => Classes(ignore: true), "x" },
        { "cross_entropy_sum", "F.cross_entropy(x, y, reduction='sum')", t => nn.functional.cross_entropy(t["x"], t["y"], reduction: Reduction.Sum), () => Classes(), "x" },
        { "cross_entropy_none", "F.cross_entropy(x, y, reduction='none', label_smoothing=0.1)",
            t => nn.functional.cross_entropy(t["x"], t["y"], reduction: Reduction.None, label_smoothing: 0.1), () => Classes(), "x" },
        { "cross_entropy_probabilities", "F.cross_entropy(x, w.softmax(0).expand(6, 4).contiguous(), label_smoothing=0.1)",
            t => nn.functional.cross_entropy(t["x"], t["p"], label_smoothing: 0.1),
            () =>
            {
                var d = Classes();
                var w = d["w"].ToArray<float>().Select(v => Math.Exp(v)).ToArray();
                var p = w.Select(v => (float)(v / w.Sum())).ToArray();
                d["p"] = tensor(Enumerable.Repeat(p, 6).SelectMany(v => v).ToArray(), 6, 4);
                return d;
            }, "x" },
        { "cross_entropy_spatial", "F.cross_entropy(x, y, ignore_index=2)",
            t => nn.functional.cross_entropy(t["x"], t["y"], ignore_index: 2),
            () => new() { ["x"] = TestData.Normal(68, 2, 4, 3, 5), ["y"] = TestData.Ints(69, 4, 2, 3, 5) }, "x" },
        { "nll_loss", "F.nll_loss(x, y)", t => nn.functional.nll_loss(t["x"], t["y"]), () => Classes(), "x" },
        { "nll_loss_weight_ignore_index", "F.nll_loss(x, y, weight=w, ignore_index=-1)",
            t => nn.functional.nll_loss(t["x"], t["y"], t["w"], -1), () => Classes(ignore: true), "x" },
        { "nll_loss_none", "F.nll_loss(x, y, reduction='none')", t => nn.functional.nll_loss(t["x"], t["y"], reduction: Reduction.None), () => Classes(), "x" },
        { "mse_loss", "F.mse_loss(x, y)", t => nn.functional.mse_loss(t["x"], t["y"]), () => Pair(3, 5), "x", "y" },
        { "mse_loss_sum", "F.mse_loss(x, y, reduction='sum')", t => nn.functional.mse_loss(t["x"], t["y"], Reduction.Sum), () => Pair(3, 5), "x" },
        { "mse_loss_none", "F.mse_loss(x, y, reduction='none')", t => nn.functional.mse_loss(t["x"], t["y"], Reduction.None), () => Pair(3, 5), "x" },
        { "l1_loss", "F.l1_loss(x, y)", t => nn.functional.l1_loss(t["x"], t["y"]), () => Pair(4, 5), "x", "y" },
        { "smooth_l1_loss", "F.smooth_l1_loss(x, y, beta=0.5)", t => nn.functional.smooth_l1_loss(t["x"], t["y"], beta: 0.5), () => Pair(4, 5), "x", "y" },
        { "huber_loss", "F.huber_loss(x, y, reduction='sum', delta=0.8)", t => nn.functional.huber_loss(t["x"], t["y"], Reduction.Sum, 0.8), () => Pair(4, 5), "x" },
        { "binary_cross_entropy", "F.binary_cross_entropy(x, y)", t => nn.functional.binary_cross_entropy(t["x"], t["y"]), () => Probabilities(4, 3), "x" },
        { "binary_cross_entropy_weight", "F.binary_cross_entropy(x, y, weight=w, reduction='sum')",
            t => nn.functional.binary_cross_entropy(t["x"], t["y"], t["w"], Reduction.Sum), () => Probabilities(4, 3), "x" },
        { "binary_cross_entropy_with_logits", "F.binary_cross_entropy_with_logits(x, y)",
            t => nn.functional.binary_cross_entropy_with_logits(t["x"], t["y"]), () => Pair(4, 3), "x" },
        { "binary_cross_entropy_with_logits_pos_weight", "F.binary_cross_entropy_with_logits(x, (y > 0).float(), weight=w, pos_weight=w[0] * 2)",
            t => nn.functional.binary_cross_entropy_with_logits(t["x"], t["labels"], t["w"], pos_weight: t["pw"]),
            () =>
            {
                var d = Pair(4, 3);
                d["labels"] = tensor(d["y"].ToArray<float>().Select(v => v > 0 ? 1f : 0f).ToArray(), 4, 3);
                d["pw"] = tensor(d["w"].ToArray<float>().Take(3).Select(v => v * 2).ToArray());
                return d;
            }, "x" },
        { "kl_div", "F.kl_div(x.log_softmax(1), y.softmax(1), reduction='sum')",
            t => nn.functional.kl_div(t["x"].log_softmax(1), t["y"].softmax(1), Reduction.Sum), () => Pair(4, 3), "x", "y" },
        { "kl_div_log_target", "F.kl_div(x.log_softmax(1), y.log_softmax(1), log_target=True)",
            t => nn.functional.kl_div(t["x"].log_softmax(1), t["y"].log_softmax(1), log_target: true), () => Pair(4, 3), "x", "y" },
        { "one_hot", "F.one_hot(y, 5)", t => nn.functional.one_hot(t["y"], 5), () => new() { ["y"] = TestData.Ints(70, 5, 2, 3) } },
        { "one_hot_inferred_classes", "F.one_hot(y)", t => nn.functional.one_hot(t["y"]), () => new() { ["y"] = TestData.Ints(71, 4, 7) } },
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch(string name) => Table.Check(name);
}
