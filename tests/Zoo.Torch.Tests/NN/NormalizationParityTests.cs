namespace Zoo.Torch.Tests.NN;

/// <summary>Normalization functions against PyTorch: values, input and affine-parameter gradients.</summary>
public class NormalizationParityTests
{
    private static Dictionary<string, Tensor> Norm(long[] shape, long channels, int seed = 31) => new()
    {
        ["x"] = TestData.Normal(seed, shape) * 2 + 0.5,
        ["w"] = TestData.Normal(seed + 1, channels),
        ["b"] = TestData.Normal(seed + 2, channels),
        ["rm"] = TestData.Normal(seed + 3, channels) * 0.1,
        ["rv"] = TestData.Uniform(seed + 4, 0.5, 1.5, channels),
    };

    private static readonly string[] XWB = { "x", "w", "b" };

    private static readonly ParityTable Table = new()
    {
        { "batch_norm_training", "F.batch_norm(x, rm.clone(), rv.clone(), w, b, training=True, momentum=0.1, eps=1e-5)",
            t => nn.functional.batch_norm(t["x"], t["rm"].clone(), t["rv"].clone(), t["w"], t["b"], training: true), () => Norm(new long[] { 4, 3, 5, 5 }, 3), XWB },
        { "batch_norm_training_without_running_stats", "F.batch_norm(x, None, None, w, b, training=True)",
            t => nn.functional.batch_norm(t["x"], null, null, t["w"], t["b"], training: true), () => Norm(new long[] { 6, 3 }, 3), XWB },
        { "batch_norm_eval", "F.batch_norm(x, rm, rv, w, b, training=False, eps=1e-3)",
            t => nn.functional.batch_norm(t["x"], t["rm"], t["rv"], t["w"], t["b"], training: false, eps: 1e-3), () => Norm(new long[] { 2, 3, 4, 4 }, 3), XWB },
        { "batch_norm_running_stats_update", "rm2 = rm.clone(); rv2 = rv.clone(); F.batch_norm(x, rm2, rv2, w, b, training=True, momentum=0.3); out = torch.cat([rm2, rv2])",
            t =>
            {
                var (rm, rv) = (t["rm"].clone(), t["rv"].clone());
                using (no_grad()) nn.functional.batch_norm(t["x"], rm, rv, t["w"], t["b"], training: true, momentum: 0.3);
                return tensor(rm.ToArray<float>().Concat(rv.ToArray<float>()).ToArray());
            }, () => Norm(new long[] { 4, 3, 3, 2 }, 3) },
        { "instance_norm", "F.instance_norm(x)", t => nn.functional.instance_norm(t["x"]), () => Norm(new long[] { 2, 3, 4, 5 }, 3), "x" },
        { "instance_norm_affine", "F.instance_norm(x, weight=w, bias=b, eps=1e-3)",
            t => nn.functional.instance_norm(t["x"], weight: t["w"], bias: t["b"], eps: 1e-3), () => Norm(new long[] { 2, 3, 4, 5 }, 3), XWB },
        { "group_norm", "F.group_norm(x, 2, w, b)", t => nn.functional.group_norm(t["x"], 2, t["w"], t["b"]), () => Norm(new long[] { 2, 4, 3, 3 }, 4), XWB },
        { "group_norm_one_group_no_affine", "F.group_norm(x, 1, eps=1e-3)", t => nn.functional.group_norm(t["x"], 1, eps: 1e-3), () => Norm(new long[] { 2, 4, 5 }, 4), "x" },
        { "layer_norm_last_dim", "F.layer_norm(x, [6], w, b)", t => nn.functional.layer_norm(t["x"], new long[] { 6 }, t["w"], t["b"]), () => Norm(new long[] { 3, 4, 6 }, 6), XWB },
        { "layer_norm_last_two_dims", "F.layer_norm(x, [4, 6], w.repeat(4).view(4, 6), b.repeat(4).view(4, 6))",
            t => nn.functional.layer_norm(t["x"], new long[] { 4, 6 }, t["w4"], t["b4"]),
            () =>
            {
                var d = Norm(new long[] { 3, 4, 6 }, 6);
                d["w4"] = tensor(Enumerable.Repeat(d["w"].ToArray<float>(), 4).SelectMany(v => v).ToArray(), 4, 6);
                d["b4"] = tensor(Enumerable.Repeat(d["b"].ToArray<float>(), 4).SelectMany(v => v).ToArray(), 4, 6);
                return d;
            }, "x" },
        { "layer_norm_no_affine", "F.layer_norm(x, [6], eps=1e-6)", t => nn.functional.layer_norm(t["x"], new long[] { 6 }, eps: 1e-6), () => Norm(new long[] { 5, 6 }, 6), "x" },
        { "normalize", "F.normalize(x)", t => nn.functional.normalize(t["x"]), () => Norm(new long[] { 3, 4, 2 }, 4), "x" },
        { "normalize_p1_last_dim", "F.normalize(x, p=1.0, dim=-1)", t => nn.functional.normalize(t["x"], 1.0, -1), () => Norm(new long[] { 3, 5 }, 5), "x" },
        { "cosine_similarity", "F.cosine_similarity(x, w.view(1, 4, 1).expand(3, 4, 2))",
            t => nn.functional.cosine_similarity(t["x"], t["w3"]),
            () =>
            {
                var d = Norm(new long[] { 3, 4, 2 }, 4);
                var w = d["w"].ToArray<float>();
                d["w3"] = tensor(Enumerable.Range(0, 3 * 4 * 2).Select(i => w[i / 2 % 4]).ToArray(), 3, 4, 2);
                return d;
            }, "x" },
        { "cosine_similarity_broadcast", "F.cosine_similarity(x, b, dim=-1)", t => nn.functional.cosine_similarity(t["x"], t["b"], -1), () => Norm(new long[] { 3, 5 }, 5), "x", "b" },
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch(string name) => Table.Check(name);
}
