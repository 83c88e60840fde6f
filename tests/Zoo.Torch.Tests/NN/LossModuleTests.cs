namespace Zoo.Torch.Tests.NN;

/// <summary>Loss layers against PyTorch's, and their class weights as buffers (PyTorch's state_dict keys).</summary>
public class LossModuleTests
{
    private static Dictionary<string, Tensor> Classes() => new()
    {
        ["x"] = TestData.Normal(81, 5, 3), ["y"] = tensor(new long[] { 0, 2, 1, 1, 2 }), ["w"] = TestData.Uniform(82, 0.5, 2, 3),
    };

    private static Dictionary<string, Tensor> Pair() => new()
    {
        ["x"] = TestData.Normal(83, 4, 3), ["t"] = TestData.Normal(84, 4, 3), ["p"] = TestData.Uniform(85, 0.05, 0.95, 4, 3),
        ["labels"] = tensor(new float[] { 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0 }, 4, 3), ["pw"] = TestData.Uniform(86, 0.5, 3, 3),
    };

    private static Tensor Call(Modules.Loss loss, Tensor input, Tensor target)
    {
        using (loss) return loss.call(input, target);
    }

    private static readonly ParityTable Table = new()
    {
        { "CrossEntropyLoss", "nn.CrossEntropyLoss(weight=w, label_smoothing=0.1)(x, y)",
            d => Call(nn.CrossEntropyLoss(d["w"], label_smoothing: 0.1), d["x"], d["y"]), Classes, "x" },
        { "NLLLoss", "nn.NLLLoss(ignore_index=1, reduction='sum')(x, y)", d => Call(nn.NLLLoss(ignore_index: 1, reduction: Reduction.Sum), d["x"], d["y"]), Classes, "x" },
        { "MSELoss", "nn.MSELoss(reduction='none')(x, t)", d => Call(nn.MSELoss(Reduction.None), d["x"], d["t"]), Pair, "x", "t" },
        { "L1Loss", "nn.L1Loss()(x, t)", d => Call(nn.L1Loss(), d["x"], d["t"]), Pair, "x" },
        { "SmoothL1Loss", "nn.SmoothL1Loss(beta=0.5)(x, t)", d => Call(nn.SmoothL1Loss(beta: 0.5), d["x"], d["t"]), Pair, "x" },
        { "HuberLoss", "nn.HuberLoss(delta=0.5)(x, t)", d => Call(nn.HuberLoss(delta: 0.5), d["x"], d["t"]), Pair, "x" },
        { "BCELoss", "nn.BCELoss()(p, labels)", d => Call(nn.BCELoss(), d["p"], d["labels"]), Pair, "p" },
        { "BCEWithLogitsLoss", "nn.BCEWithLogitsLoss(pos_weight=pw)(x, labels)", d => Call(nn.BCEWithLogitsLoss(pos_weight: d["pw"]), d["x"], d["labels"]), Pair, "x" },
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch(string name) => Table.Check(name);

    [Fact]
    public void Class_weights_are_buffers_that_follow_the_module_and_leave_the_callers_tensor_alone()
    {
        using var scope = NewDisposeScope();
        var w = TestData.Uniform(87, 0.5, 2, 3);
        var loss = nn.BCEWithLogitsLoss(w, pos_weight: w);
        Assert.Equal(new[] { "weight", "pos_weight" }, loss.state_dict().Keys);
        Assert.Empty(nn.CrossEntropyLoss().state_dict());
        loss.to(ScalarType.Float64);
        Assert.Equal(ScalarType.Float64, loss.weight!.dtype);
        Assert.Equal(ScalarType.Float64, loss.call(zeros(new long[] { 2, 3 }, ScalarType.Float64), ones(new long[] { 2, 3 }, ScalarType.Float64)).dtype);
        loss.Dispose();
        Assert.False(w.IsInvalid);
        Assert.Equal(ScalarType.Float32, w.dtype);
    }
}
