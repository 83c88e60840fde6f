using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.Lifetime;

[Collection(ProcessWideStateCollection.Name)]
public class DisposeScopeTests
{
    public DisposeScopeTests() => UnreachableTensors.FreeNow();

    private sealed class Scale : nn.Module<Tensor, Tensor>
    {
        private readonly Parameter weight = nn.Parameter(ones(3));
        private readonly Tensor running = zeros(3);

        public Scale() : base(nameof(Scale)) => RegisterComponents();

        public override Tensor forward(Tensor input) => input * weight + running;
    }

    [Fact]
    public void A_scope_frees_intermediates_and_gradients_but_never_parameters_or_buffers()
    {
        using var net = new Scale();
        long before = TensorCounters.Live;
        using (var scope = NewDisposeScope())
        {
            var y = net.call(randn(4, 3));
            y.backward(ones_like(y));
            Assert.True(scope.DisposablesCount >= 3);
        }
        Assert.Equal(before, TensorCounters.Live);
        Assert.All(net.state_dict().Values, t => Assert.False(t.IsInvalid));
        net.zero_grad();
        Assert.All(net.parameters(), p => Assert.Null(p.grad));
    }

    [Fact]
    public void A_result_moved_to_the_outer_scope_survives_the_inner_one()
    {
        long before = TensorCounters.Live;
        using (var outer = NewDisposeScope())
        {
            Tensor kept;
            using (var inner = NewDisposeScope())
            {
                var temporary = ones(2) * 3;
                kept = (temporary + 1).MoveToOuterDisposeScope();
            }
            Assert.Equal(new float[] { 4, 4 }, kept.ToArray<float>());
            Assert.Equal(before + 1, TensorCounters.Live);
        }
        Assert.Equal(before, TensorCounters.Live);
    }

    [Fact]
    public void A_tensor_used_after_its_scope_ended_throws_a_readable_error()
    {
        Tensor escaped;
        using (NewDisposeScope()) escaped = ones(2);
        var error = Assert.Throws<ObjectDisposedException>(() => escaped.ToArray<float>());
        Assert.Contains("disposed", error.Message);
    }

    [Fact]
    public void Peak_counts_the_most_tensors_alive_at_once()
    {
        TensorCounters.ResetPeak();
        long before = TensorCounters.Live;
        using (NewDisposeScope())
        {
            for (int i = 0; i < 10; i++) zeros(1);
        }
        Assert.True(TensorCounters.Peak >= before + 10);
        Assert.Equal(before, TensorCounters.Live);
    }
}
