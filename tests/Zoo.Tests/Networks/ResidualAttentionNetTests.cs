using Zoo.Networks;

namespace Zoo.Tests.Networks;

/// <summary>The Residual Attention Network against its PyTorch reference, on a narrow configuration.</summary>
public class ResidualAttentionNetTests
{
    private const string Reference = "tests/reference/networks/residual_attention_net.py";

    [Theory]
    [InlineData("imagenet", false)]
    [InlineData("cifar", true)]
    public void A_narrow_attention92_matches_the_reference(string stem, bool train)
    {
        using var model = new ResidualAttentionNet(new long[] { 1, 2, 3 }, num_classes: 5, width: 4,
            stem: stem == "cifar" ? ResidualAttentionNet.Stem.Cifar : ResidualAttentionNet.Stem.Imagenet);
        using var x = ModuleParity.RandomLike(zeros(2, 3, 37, 41), seed: 92);
        NetworkParity.Check(model, $"ResidualAttentionNet([1, 2, 3], num_classes=5, width=4, stem='{stem}')", Reference, x, train);
    }
}
