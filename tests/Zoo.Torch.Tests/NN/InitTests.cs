using Zoo.Torch.Modules;
using static Zoo.Torch.torch.nn.init;

namespace Zoo.Torch.Tests.NN;

/// <summary>torch.nn.init: the distributions' parameters, the deterministic initialisers, and the fan and gain rules.</summary>
public class InitTests
{
    private static double[] Values(Tensor t) => t.detach().to(ScalarType.Float64).ToArray<double>();

    private static (double mean, double std, double min, double max) Stats(Tensor t)
    {
        var v = Values(t);
        double mean = v.Average();
        return (mean, Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1)), v.Min(), v.Max());
    }

    /// <summary>
    /// A bound as the float32 weights hold it: uniform_(-b, b) may draw exactly ±b rounded to float, which lies outside
    /// the double b when rounding goes up (1/24 is 0.041666667908 as a float).
    /// </summary>
    private static double Float32(double bound) => (float)bound;

    [Fact]
    public void Conv2d_default_weight_is_uniform_within_one_over_root_fan_in_as_kaiming_uniform_a_root5()
    {
        using var conv = nn.Conv2d(64, 128, 3);
        // kaiming_uniform_(a = √5): gain √(2 / (1 + 5)), bound = gain·√(3 / fan_in) = 1 / √fan_in with fan_in = 64·3·3.
        double bound = Float32(1 / Math.Sqrt(64 * 9));
        var (mean, std, min, max) = Stats(conv.weight);
        Assert.InRange(min, -bound, -bound * 0.99);
        Assert.InRange(max, bound * 0.99, bound);
        Assert.InRange(mean, -bound * 0.01, bound * 0.01);
        Assert.InRange(std, bound / Math.Sqrt(3) * 0.98, bound / Math.Sqrt(3) * 1.02); // U(-b, b) has std b/√3
        var (_, _, bmin, bmax) = Stats(conv.bias!);
        Assert.InRange(bmin, -bound, bound);
        Assert.InRange(bmax, -bound, bound);
        Assert.True(bmax - bmin > bound, "128 bias values spread over most of ±1/√fan_in");
    }

    [Fact]
    public void Linear_default_weight_and_bias_are_uniform_within_one_over_root_in_features()
    {
        using var linear = nn.Linear(400, 300);
        double bound = Float32(1 / Math.Sqrt(400));
        var (mean, std, min, max) = Stats(linear.weight);
        Assert.InRange(min, -bound, -bound * 0.99);
        Assert.InRange(max, bound * 0.99, bound);
        Assert.InRange(std, bound / Math.Sqrt(3) * 0.98, bound / Math.Sqrt(3) * 1.02);
        Assert.InRange(mean, -bound * 0.01, bound * 0.01);
        Assert.All(Values(linear.bias!), b => Assert.InRange(b, -bound, bound));
    }

    [Fact]
    public void Normalization_layers_start_with_weight_one_bias_zero_and_neutral_running_statistics()
    {
        using var bn = nn.BatchNorm2d(5);
        Assert.All(Values(bn.weight!), v => Assert.Equal(1.0, v));
        Assert.All(Values(bn.bias!), v => Assert.Equal(0.0, v));
        Assert.All(Values(bn.running_mean!), v => Assert.Equal(0.0, v));
        Assert.All(Values(bn.running_var!), v => Assert.Equal(1.0, v));
        Assert.Equal(ScalarType.Int64, bn.num_batches_tracked!.dtype);
        Assert.Equal(0L, bn.num_batches_tracked.item<long>());
        Assert.Empty(bn.num_batches_tracked.shape);
        using var ln = nn.LayerNorm(new long[] { 2, 3 });
        Assert.All(Values(ln.weight!), v => Assert.Equal(1.0, v));
        Assert.All(Values(ln.bias!), v => Assert.Equal(0.0, v));
        using var gn = nn.GroupNorm(2, 4);
        Assert.All(Values(gn.weight!), v => Assert.Equal(1.0, v));
        Assert.All(Values(gn.bias!), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Variance_preserving_initialisers_have_the_documented_spread()
    {
        using var scope = NewDisposeScope();
        var w = empty(256, 128, 3, 3); // fan_in 128·9, fan_out 256·9
        kaiming_normal_(w, mode: FanInOut.FanOut, nonlinearity: NonlinearityType.ReLU);
        Assert.InRange(Stats(w).std / (Math.Sqrt(2) / Math.Sqrt(256 * 9)), 0.98, 1.02);

        kaiming_uniform_(w, nonlinearity: NonlinearityType.ReLU);
        double bound = Float32(Math.Sqrt(2) * Math.Sqrt(3.0 / (128 * 9)));
        Assert.InRange(Stats(w).max, bound * 0.99, bound);

        var m = empty(300, 200);
        xavier_uniform_(m, gain: 2);
        double a = Float32(2 * Math.Sqrt(6.0 / 500));
        var (_, _, min, max) = Stats(m);
        Assert.InRange(max, a * 0.99, a);
        Assert.InRange(min, -a, -a * 0.99);

        xavier_normal_(m);
        Assert.InRange(Stats(m).std / Math.Sqrt(2.0 / 500), 0.98, 1.02);

        normal_(m, 3, 0.5);
        var s = Stats(m);
        Assert.InRange(s.mean, 2.99, 3.01);
        Assert.InRange(s.std, 0.49, 0.51);

        uniform_(m, -2, 5);
        s = Stats(m);
        Assert.InRange(s.min, -2, -1.99);
        Assert.InRange(s.max, 4.99, 5);
    }

    [Fact]
    public void Trunc_normal_stays_within_its_bounds_with_the_truncated_mean()
    {
        using var t = empty(200, 300);
        trunc_normal_(t, mean: 1, std: 2, a: 0, b: 2);
        var (mean, _, min, max) = Stats(t);
        Assert.InRange(min, 0, 0.01);
        Assert.InRange(max, 1.99, 2);
        // N(1, 2²) truncated symmetrically around its mean keeps the mean.
        Assert.InRange(mean, 0.99, 1.01);
    }

    [Fact]
    public void Orthogonal_gives_orthonormal_rows_scaled_by_the_gain()
    {
        using var scope = NewDisposeScope();
        foreach (var shape in new[] { new long[] { 4, 6 }, new long[] { 6, 4 }, new long[] { 3, 2, 2, 2 } })
        {
            var w = empty(shape, ScalarType.Float64);
            orthogonal_(w, gain: 1.5);
            var m = w.flatten(1);
            var gram = m.shape[0] <= m.shape[1] ? m.matmul(m.t()) : m.t().matmul(m);
            var n = gram.shape[0];
            TensorAssert.Close(eye(n, dtype: ScalarType.Float64) * 2.25, gram, atol: 1e-10, rtol: 0, what: $"gram matrix of {string.Join("x", shape)}");
        }
    }

    [Fact]
    public void Deterministic_initialisers_fill_the_expected_values()
    {
        using var scope = NewDisposeScope();
        var t = empty(3, 4);
        TensorAssert.Equal(full(new long[] { 3, 4 }, 0.25f), constant_(t, 0.25));
        TensorAssert.Equal(ones(3, 4), ones_(t));
        TensorAssert.Equal(zeros(3, 4), zeros_(t));
        TensorAssert.Equal(eye(3, 4), eye_(t));
        Assert.Throws<TorchException>(() => eye_(empty(2, 2, 2)));

        // A Dirac-initialised convolution passes its input through (groups: each group passes its own channels).
        var x = TestData.Normal(3, 2, 4, 5, 5);
        var w = dirac_(empty(4, 2, 3, 3), groups: 2);
        TensorAssert.Close(x, nn.functional.conv2d(x, w, padding: new long[] { 1 }, groups: 2), 1e-6, 0);
    }

    [Fact]
    public void Gains_and_fans_follow_pytorchs_rules()
    {
        Assert.Equal(1.0, calculate_gain(NonlinearityType.Conv2D));
        Assert.Equal(1.0, calculate_gain(NonlinearityType.Sigmoid));
        Assert.Equal(5.0 / 3, calculate_gain(NonlinearityType.Tanh));
        Assert.Equal(Math.Sqrt(2), calculate_gain(NonlinearityType.ReLU));
        Assert.Equal(Math.Sqrt(2 / (1 + 0.01 * 0.01)), calculate_gain(NonlinearityType.LeakyReLU));
        Assert.Equal(Math.Sqrt(2 / 1.04), calculate_gain(NonlinearityType.LeakyReLU, 0.2), 12);
        Assert.Equal(0.75, calculate_gain(NonlinearityType.SELU));

        using var conv = empty(8, 4, 3, 5);
        Assert.Equal((60L, 120L), _calculate_fan_in_and_fan_out(conv));
        using var matrix = empty(7, 3);
        Assert.Equal((3L, 7L), _calculate_fan_in_and_fan_out(matrix));
        using var vector = empty(5);
        Assert.Contains("fewer than 2 dimensions", Assert.Throws<ArgumentException>(() => _calculate_fan_in_and_fan_out(vector)).Message);
    }

    [Fact]
    public void Initialising_a_parameter_records_no_gradient_history()
    {
        using var p = new Parameter(empty(4, 5));
        kaiming_uniform_(p, a: Math.Sqrt(5));
        normal_(p);
        trunc_normal_(p);
        orthogonal_(p);
        Assert.True(p.requires_grad);
        Assert.True(p.is_leaf);
        Assert.Null(p.grad_fn);
    }
}

/// <summary>Seeded initialisation against PyTorch: the same seed must give PyTorch's values exactly.</summary>
[Collection(SeededRandomCollection.Name)]
public class SeededInitParityTests
{
    private static readonly Dictionary<string, (string pytorch, Func<nn.Module> zoo)> Layers = new()
    {
        ["Conv2d"] = ("nn.Conv2d(3, 4, 3)", () => nn.Conv2d(3, 4, 3)),
        ["Conv2d_groups_no_bias"] = ("nn.Conv2d(4, 6, (3, 2), groups=2, bias=False)", () => nn.Conv2d(4, 6, (3, 2), groups: 2, bias: false)),
        ["Conv1d"] = ("nn.Conv1d(2, 5, 4)", () => nn.Conv1d(2, 5, 4)),
        ["ConvTranspose2d"] = ("nn.ConvTranspose2d(4, 3, 3, stride=2)", () => nn.ConvTranspose2d(4, 3, 3, stride: 2)),
        ["Linear"] = ("nn.Linear(7, 5)", () => nn.Linear(7, 5)),
        ["BatchNorm2d"] = ("nn.BatchNorm2d(3)", () => nn.BatchNorm2d(3)),
        ["LayerNorm"] = ("nn.LayerNorm(6)", () => nn.LayerNorm(6)),
        ["Sequential"] = ("nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.Linear(8, 2))",
            () => nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.Linear(8, 2))),
    };

    public static TheoryData<string> LayerNames => new(Layers.Keys);

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Default_initialisation_draws_pytorchs_values_for_the_same_seed(string name)
    {
        var (pytorch, zoo) = Layers[name];
        manual_seed(2024);
        using var layer = zoo();
        using var reference = PyTorchOracle.Shared.Run($"torch.manual_seed(2024); out = {pytorch}.state_dict()", new Dictionary<string, Tensor>());
        var state = layer.state_dict();
        Assert.Equal(reference.Tensors.Keys.Select(k => k["out.".Length..]).OrderBy(k => k), state.Keys.OrderBy(k => k));
        foreach (var (key, value) in state) TensorAssert.Equal(reference["out." + key], value, key);
    }

    private static readonly Dictionary<string, (string pytorch, Action<Tensor> zoo)> Initialisers = new()
    {
        ["uniform_"] = ("nn.init.uniform_(t, -0.5, 2)", t => uniform_(t, -0.5, 2)),
        ["normal_"] = ("nn.init.normal_(t, 1, 0.3)", t => normal_(t, 1, 0.3)),
        ["trunc_normal_"] = ("nn.init.trunc_normal_(t, 0.5, 1.0, -1.0, 1.5)", t => trunc_normal_(t, 0.5, 1.0, -1.0, 1.5)),
        ["kaiming_uniform_"] = ("nn.init.kaiming_uniform_(t, a=0.1, mode='fan_out')", t => kaiming_uniform_(t, 0.1, FanInOut.FanOut)),
        ["kaiming_normal_"] = ("nn.init.kaiming_normal_(t, mode='fan_out', nonlinearity='relu')",
            t => kaiming_normal_(t, mode: FanInOut.FanOut, nonlinearity: NonlinearityType.ReLU)),
        ["xavier_uniform_"] = ("nn.init.xavier_uniform_(t, gain=nn.init.calculate_gain('tanh'))", t => xavier_uniform_(t, calculate_gain(NonlinearityType.Tanh))),
        ["xavier_normal_"] = ("nn.init.xavier_normal_(t)", t => xavier_normal_(t)),
        ["orthogonal_"] = ("nn.init.orthogonal_(t, gain=0.5)", t => orthogonal_(t, 0.5)),
    };

    public static TheoryData<string> InitialiserNames => new(Initialisers.Keys);

    [Theory]
    [MemberData(nameof(InitialiserNames))]
    public void Seeded_initialiser_draws_pytorchs_values(string name)
    {
        var (pytorch, zoo) = Initialisers[name];
        using var t = empty(6, 4, 3);
        manual_seed(99);
        zoo(t);
        using var reference = PyTorchOracle.Shared.Run($"t = torch.empty(6, 4, 3); torch.manual_seed(99); {pytorch}; out = t", new Dictionary<string, Tensor>());
        TensorAssert.Close(reference.Output, t, 1e-6, 1e-6, name);
    }
}
