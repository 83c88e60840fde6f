namespace Zoo.Torch.Tests.NN;

/// <summary>
/// Inside a module's call, a statement frees each input as soon as the call consuming it returns (Arg / Last / Free,
/// the pattern generated forwards use), but never a tensor the statement or the call did not make, one a live variable
/// still holds, or one the consumer returned.
/// </summary>
public class TemporaryScopeFreeingTests
{
    /// <summary>A module whose forward is the test's lambda, with access to the protected Temporaries().</summary>
    private sealed class Probe : nn.Module<Tensor, Tensor>
    {
        private readonly Func<Probe, Tensor, Tensor> body;

        public Probe(Func<Probe, Tensor, Tensor> body) : base(nameof(Probe)) => this.body = body;

        public TemporaryScope Open() => Temporaries();

        public override Tensor forward(Tensor input) => body(this, input);
    }

    /// <summary>Remembers its input and returns a new tensor (or, in place, the input itself).</summary>
    private sealed class Recorder : nn.Module<Tensor, Tensor>
    {
        private readonly bool inPlace;

        public Recorder(bool inPlace = false) : base(nameof(Recorder)) => this.inPlace = inPlace;

        public List<Tensor> Inputs { get; } = new();

        public override Tensor forward(Tensor input)
        {
            Inputs.Add(input);
            return inPlace ? input.mul_(2) : input * 2;
        }
    }

    [Fact]
    public void A_nested_result_is_freed_once_its_consumer_returns_not_at_the_end_of_the_statement()
    {
        Tensor? product = null;
        bool freedBeforeTheStatementEnded = false;
        using var module = new Probe((m, x) =>
        {
            using var t = m.Open();
            var sum = t.Free(t.Arg(product = x * 3) + 1, 1);
            freedBeforeTheStatementEnded = product.IsInvalid;
            return t.Keep(sum.relu());
        });
        using var scope = NewDisposeScope();
        var y = module.call(ones(2));
        Assert.True(freedBeforeTheStatementEnded);
        Assert.Equal(new[] { 4f, 4f }, y.ToArray<float>());
    }

    [Fact]
    public void A_variables_last_read_frees_the_value_this_call_made()
    {
        Tensor? first = null;
        bool freedAtTheRead = false;
        using var module = new Probe((m, x) =>
        {
            Tensor h;
            using (var t = m.Open()) first = h = t.Keep(x * 2);
            using (var t = m.Open())
            {
                var next = t.Free(t.Last(h) + 1, 1);
                freedAtTheRead = first.IsInvalid;
                h = t.Keep(next);
            }
            return h;
        });
        using var scope = NewDisposeScope();
        var y = module.call(ones(2));
        Assert.True(freedAtTheRead);
        Assert.Equal(new[] { 3f, 3f }, y.ToArray<float>());
    }

    [Fact]
    public void An_input_of_forward_is_never_freed_by_its_last_read()
    {
        using var module = new Probe((m, x) =>
        {
            using var t = m.Open();
            return t.Keep(t.Free(t.Last(x) * 2, 1) + 1);
        });
        using var scope = NewDisposeScope();
        var input = ones(2);
        module.call(input);
        Assert.False(input.IsInvalid);
    }

    [Fact]
    public void A_value_another_live_variable_holds_is_not_freed()
    {
        Tensor? shared = null;
        using var passThrough = new Probe((_, x) => x);
        using var module = new Probe((m, x) =>
        {
            Tensor a, alias;
            using (var t = m.Open()) shared = a = t.Keep(x * 2);
            using (var t = m.Open()) alias = t.Keep(passThrough.call(a)); // a module that returns its input
            using (var t = m.Open()) a = t.Keep(t.Free(t.Last(a, alias) + 1, 1));
            Assert.False(shared.IsInvalid);
            return a + alias;
        });
        using var scope = NewDisposeScope();
        Assert.Equal(new[] { 5f, 5f }, module.call(ones(2)).ToArray<float>());
    }

    [Fact]
    public void A_value_the_consumer_returns_is_not_freed()
    {
        using var inPlace = new Recorder(inPlace: true);
        using var module = new Probe((m, x) =>
        {
            Tensor h;
            using (var t = m.Open()) h = t.Keep(x * 1);
            using (var t = m.Open()) h = t.Keep(t.Free(inPlace.call(t.Last(h)), 1) + 0);
            using (var t = m.Open()) h = t.Keep(inPlace.call(t.Arg(h * 1)));
            return h;
        });
        using var scope = NewDisposeScope();
        Assert.Equal(new[] { 4f, 4f }, module.call(ones(2)).ToArray<float>());
    }

    [Fact]
    public void A_temporary_that_is_a_variables_value_is_not_freed()
    {
        using var passThrough = new Probe((_, x) => x);
        using var module = new Probe((m, x) =>
        {
            Tensor a, b;
            using (var t = m.Open()) a = t.Keep(x * 2);
            // passThrough(a) is marked as a temporary, but it is a's tensor, which the statement did not make.
            using (var t = m.Open()) b = t.Keep(t.Free(t.Arg(passThrough.call(a)) + 1, 1));
            return a + b;
        });
        using var scope = NewDisposeScope();
        Assert.Equal(new[] { 5f, 5f }, module.call(ones(2)).ToArray<float>());
    }

    [Fact]
    public void Called_directly_rather_than_through_call_forward_frees_no_variable()
    {
        Tensor? first = null;
        using var module = new Probe((m, x) =>
        {
            Tensor h;
            using (var t = m.Open()) first = h = t.Keep(x * 2);
            using (var t = m.Open()) h = t.Keep(t.Last(h) + 1);
            return h;
        });
        using var scope = NewDisposeScope();
        module.forward(ones(2));
        Assert.False(first!.IsInvalid); // it belongs to the caller's scope, which forward cannot know is done with it
    }

    [Fact]
    public void Nothing_is_freed_while_a_hook_may_keep_tensors()
    {
        Tensor? product = null;
        using var module = new Probe((m, x) =>
        {
            using var t = m.Open();
            return t.Keep(t.Free(t.Arg(product = x * 3) + 1, 1));
        });
        using var hook = module.register_forward_hook((_, _, _) => null);
        using var scope = NewDisposeScope();
        module.call(ones(2));
        Assert.False(product!.IsInvalid);
    }

    [Fact]
    public void Gradients_are_unchanged_by_freeing_at_last_reads()
    {
        using var module = new Probe((m, x) =>
        {
            Tensor h;
            using (var t = m.Open()) h = t.Keep(t.Free(t.Arg(x * x) * 3, 1));
            using (var t = m.Open()) h = t.Keep(t.Free(t.Last(h).sigmoid(), 1) * 2);
            return h;
        });
        using var scope = NewDisposeScope();
        var input = tensor(new[] { 0.5f, -1f }).requires_grad_();
        module.call(input).sum().backward();
        // d/dx 2 sigmoid(3x²) = 2 s (1 - s) 6x
        var expected = new[] { 0.5f, -1f }.Select(v => { var s = 1 / (1 + MathF.Exp(-3 * v * v)); return 2 * s * (1 - s) * 6 * v; });
        Assert.Equal(expected, input.grad!.ToArray<float>(), (a, b) => MathF.Abs(a - b) < 1e-6f);
    }

    [Fact]
    public void Sequential_frees_each_layers_input_once_the_layer_has_returned()
    {
        var first = new Recorder();
        var second = new Recorder(inPlace: true);
        var third = new Recorder();
        using var sequential = nn.Sequential(first, second, third);
        using var scope = NewDisposeScope();
        var input = ones(2);
        var y = sequential.call(input);

        Assert.False(input.IsInvalid); // the caller's
        Assert.Same(second.Inputs[0], third.Inputs[0]); // the in-place layer returned its input ...
        Assert.True(second.Inputs[0].IsInvalid); // ... freed once the third layer had returned
        Assert.False(y.IsInvalid);
        Assert.Equal(new[] { 8f, 8f }, y.ToArray<float>());
        Assert.Equal(2, scope.DisposablesCount); // the input and the output
    }
}
