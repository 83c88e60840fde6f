namespace Zoo.Torch.Tests.Tensors;

/// <summary>
/// Random fills draw the same numbers as PyTorch from the same seed (same libtorch generator), so they are tested
/// exactly: the oracle seeds its generator with 0 before running the code.
/// </summary>
[Collection(ProcessWideStateCollection.Name)]
public class RandomTests
{
    public static TheoryData<string> Fills => new()
    {
        "torch.zeros(3, 4).uniform_(-2, 3)",
        "torch.zeros(3, 4).normal_(1.5, 0.5)",
        "torch.zeros(20).bernoulli_(0.3)",
        "torch.zeros(5, dtype=torch.float64).exponential_(2.0)",
        "torch.zeros(10, dtype=torch.int64).random_(-5, 5)",
        "torch.full((4, 4), 0.25).bernoulli()",
        "torch.tensor([[0.1, 0.0, 0.9], [0.5, 0.5, 0.0]]).multinomial(2)",
        "torch.tensor([0.2, 0.8]).multinomial(6, replacement=True)",
    };

    private static Tensor Zoo(string code)
    {
        using var scope = NewDisposeScope();
        Tensor result = code switch
        {
            "torch.zeros(3, 4).uniform_(-2, 3)" => zeros(3, 4).uniform_(-2, 3),
            "torch.zeros(3, 4).normal_(1.5, 0.5)" => zeros(3, 4).normal_(1.5, 0.5),
            "torch.zeros(20).bernoulli_(0.3)" => zeros(20).bernoulli_(0.3),
            "torch.zeros(5, dtype=torch.float64).exponential_(2.0)" => zeros(new long[] { 5 }, dtype: ScalarType.Float64).exponential_(2.0),
            "torch.zeros(10, dtype=torch.int64).random_(-5, 5)" => zeros(new long[] { 10 }, dtype: ScalarType.Int64).random_(-5, 5),
            "torch.full((4, 4), 0.25).bernoulli()" => full(new long[] { 4, 4 }, 0.25).bernoulli(),
            "torch.tensor([[0.1, 0.0, 0.9], [0.5, 0.5, 0.0]]).multinomial(2)" => tensor(new[] { 0.1f, 0f, 0.9f, 0.5f, 0.5f, 0f }, 2, 3).multinomial(2),
            "torch.tensor([0.2, 0.8]).multinomial(6, replacement=True)" => multinomial(tensor(new[] { 0.2f, 0.8f }), 6, replacement: true),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };
        return result.MoveToOuterDisposeScope();
    }

    [Theory]
    [MemberData(nameof(Fills))]
    public void Draws_match_pytorch_from_the_same_seed(string code)
    {
        manual_seed(0);
        using var mine = Zoo(code);
        using var reference = PyTorchOracle.Shared.Run(code, new Dictionary<string, Tensor>());
        TensorAssert.Equal(reference.Output, mine);
        Assert.Equal(reference.Output.dtype, mine.dtype);
    }
}
