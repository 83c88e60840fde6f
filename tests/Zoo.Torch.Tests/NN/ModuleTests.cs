using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.NN;

public class ModuleTests
{
    /// <summary>A hand-written module: two parameters, a buffer, a child, registered by reflection.</summary>
    private sealed class Affine : nn.Module<Tensor, Tensor>
    {
        private readonly Parameter weight;
        private readonly Parameter bias;
        private readonly Tensor running_mean;

        public Affine(long n) : base(nameof(Affine))
        {
            weight = nn.Parameter(ones(n));
            bias = nn.Parameter(zeros(n));
            running_mean = zeros(n);
            RegisterComponents();
        }

        public override Tensor forward(Tensor input) => input * weight + bias;
    }

    private sealed class Net : nn.Module<Tensor, Tensor>
    {
        private readonly Affine first = new(3);
        private readonly Affine second = new(3);

        public Net() : base(nameof(Net)) => RegisterComponents();

        public override Tensor forward(Tensor input) => second.call(first.call(input));
    }

    [Fact]
    public void State_dict_uses_field_names_in_pytorch_order()
    {
        using var net = new Net();
        Assert.Equal(
            new[] { "first.weight", "first.bias", "first.running_mean", "second.weight", "second.bias", "second.running_mean" },
            net.state_dict().Keys);
        Assert.Equal(new[] { "first.weight", "first.bias", "second.weight", "second.bias" }, net.named_parameters().Select(p => p.name));
        Assert.All(net.parameters(), p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void Load_state_dict_copies_values_and_reports_missing_and_unexpected_keys()
    {
        using var net = new Net();
        using var scope = NewDisposeScope();
        var state = new Dictionary<string, Tensor>
        {
            ["first.weight"] = full(new long[] { 3 }, 2.0f),
            ["extra.weight"] = zeros(3),
        };
        var error = Assert.Throws<ArgumentException>(() => net.load_state_dict(state));
        Assert.Contains("missing keys", error.Message);
        Assert.Contains("\"extra.weight\"", error.Message);

        var (missing, unexpected) = net.load_state_dict(state, strict: false);
        Assert.Equal(new[] { "extra.weight" }, unexpected);
        Assert.Equal(5, missing.Count);
        Assert.Equal(new float[] { 2, 2, 2 }, net.state_dict()["first.weight"].ToArray<float>());
    }

    [Fact]
    public void Load_state_dict_rejects_a_shape_mismatch_naming_the_key_and_both_shapes()
    {
        using var net = new Net();
        using var scope = NewDisposeScope();
        var state = net.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.clone());
        state["second.bias"] = zeros(4);
        var error = Assert.Throws<ArgumentException>(() => net.load_state_dict(state));
        Assert.Contains("second.bias: checkpoint [4], model [3]", error.Message);
    }

    [Fact]
    public void Train_and_eval_reach_every_descendant()
    {
        using var net = new Net();
        net.eval();
        Assert.All(net.modules(), m => Assert.False(m.training));
        net.train();
        Assert.All(net.modules(), m => Assert.True(m.training));
    }

    [Fact]
    public void Forward_hooks_see_and_can_replace_the_output()
    {
        using var net = new Net();
        using var scope = NewDisposeScope();
        Tensor? seen = null;
        using (net.register_forward_hook((_, _, output) => { seen = output; return output * 0; }))
        {
            var y = net.call(ones(2, 3));
            Assert.NotNull(seen);
            Assert.All(y.ToArray<float>(), v => Assert.Equal(0f, v));
        }
        var z = net.call(ones(2, 3));
        Assert.All(z.ToArray<float>(), v => Assert.Equal(1f, v));
    }
}
