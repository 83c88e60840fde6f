using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.NN;

/// <summary>
/// Module.call frees what forward creates and does not return (as PyTorch's reference counting frees a module's
/// temporaries), hands the result to the caller's scope, and stands aside while hooks may keep tensors.
/// </summary>
public class ModuleCallScopeTests
{
    /// <summary>y = x * w + b, remembering x * w so a test can see whether it was freed.</summary>
    private sealed class Affine : nn.Module<Tensor, Tensor>
    {
        private readonly Parameter weight;
        private readonly Parameter bias;

        public Affine(float scale) : base(nameof(Affine))
        {
            weight = nn.Parameter(full(new long[] { 3 }, scale));
            bias = nn.Parameter(zeros(3));
            RegisterComponents();
        }

        public Tensor? LastProduct { get; private set; }

        public override Tensor forward(Tensor input)
        {
            LastProduct = input * weight;
            return LastProduct + bias;
        }
    }

    private sealed class Net : nn.Module<Tensor, Tensor>
    {
        public readonly Affine first = new(2);
        public readonly Affine second = new(3);

        public Net() : base(nameof(Net)) => RegisterComponents();

        public override Tensor forward(Tensor input) => second.call(first.call(input));
    }

    private sealed class PassThrough : nn.Module<Tensor, Tensor>
    {
        public PassThrough() : base(nameof(PassThrough)) { }
        public override Tensor forward(Tensor input) => input;
    }

    private sealed class Halves : nn.Module<Tensor, (Tensor, Tensor)>
    {
        public Halves() : base(nameof(Halves)) { }
        public override (Tensor, Tensor) forward(Tensor input) => ((input * 2).narrow(0, 0, 1), (input * 3).narrow(0, 1, 1));
    }

    [Fact]
    public void Only_the_output_reaches_the_callers_scope_and_the_temporaries_are_freed()
    {
        using var net = new Net();
        using var scope = NewDisposeScope();
        var x = ones(2, 3);
        var y = net.call(x);

        Assert.Equal(2, scope.DisposablesCount); // x and y; without the call scopes, the four temporaries too
        Assert.True(net.first.LastProduct!.IsInvalid);
        Assert.True(net.second.LastProduct!.IsInvalid);
        Assert.False(y.IsInvalid);
        Assert.All(y.ToArray<float>(), v => Assert.Equal(6f, v));
    }

    [Fact]
    public void Gradients_flow_through_the_freed_temporaries()
    {
        using var net = new Net();
        using var scope = NewDisposeScope();
        var x = ones(2, 3).requires_grad_();
        net.call(x).sum().backward();
        Assert.All(x.grad!.ToArray<float>(), v => Assert.Equal(6f, v));
        Assert.All(net.first.named_parameters().Single(p => p.name == "weight").parameter.grad!.ToArray<float>(), v => Assert.Equal(6f, v)); // 3 per element, 2 rows
    }

    [Fact]
    public void An_input_returned_as_the_output_stays_with_its_owner()
    {
        using var module = new PassThrough();
        using var scope = NewDisposeScope();
        var x = ones(2);
        Assert.Same(x, module.call(x));
        Assert.False(x.IsInvalid);
        Assert.Equal(1, scope.DisposablesCount);
    }

    [Fact]
    public void Every_tensor_of_a_tuple_output_reaches_the_caller()
    {
        using var module = new Halves();
        using var scope = NewDisposeScope();
        var (a, b) = module.call(ones(2, 2));
        Assert.False(a.IsInvalid);
        Assert.False(b.IsInvalid);
        Assert.Equal(new[] { 2f, 2f, 3f, 3f }, a.ToArray<float>().Concat(b.ToArray<float>()));
        Assert.Equal(3, scope.DisposablesCount); // the input and both halves; the products are freed
    }

    private sealed class Nested : nn.Module<Tensor, (Tensor, (Tensor, Tensor[]))>
    {
        public Nested() : base(nameof(Nested)) { }
        public override (Tensor, (Tensor, Tensor[])) forward(Tensor input) => (input * 2, (input * 3, new[] { input * 4 }));
    }

    [Fact]
    public void The_tensors_of_a_nested_tuple_output_reach_the_caller()
    {
        using var module = new Nested();
        using var scope = NewDisposeScope();
        var (a, (b, c)) = module.call(ones(1));
        Assert.Equal(new[] { 2f, 3f, 4f }, new[] { a, b, c[0] }.Select(t => t.ToArray<float>()[0]));
        Assert.Equal(4, scope.DisposablesCount); // the input and the three results
    }

    [Fact]
    public void A_hook_below_may_keep_what_it_captures()
    {
        using var net = new Net();
        using var scope = NewDisposeScope();
        Tensor? captured = null;
        using (net.first.register_forward_hook((_, _, output) => { captured = output; return null; }))
        {
            net.call(ones(2, 3));
            Assert.False(captured!.IsInvalid); // the network's call scope stood aside while its child had a hook
            Assert.All(captured.ToArray<float>(), v => Assert.Equal(2f, v));
        }

        // Without the hook the network frees its temporaries again.
        var before = scope.DisposablesCount;
        net.call(ones(2, 3));
        Assert.Equal(before + 2, scope.DisposablesCount);
    }

    [Fact]
    public void A_hooked_child_registered_later_is_seen()
    {
        using var net = new Net();
        using var scope = NewDisposeScope();
        net.call(ones(2, 3)); // the network has checked its subtree: no hooks
        Tensor? captured = null;
        var extra = new Affine(5);
        using var hook = extra.register_forward_hook((_, _, output) => { captured = output; return null; });
        net.register_module("third", extra);
        net.call(ones(2, 3));
        extra.call(ones(3));
        Assert.False(captured!.IsInvalid);
    }

    [Fact]
    public void A_temporary_scope_keeps_its_result_and_frees_the_rest()
    {
        using var scope = NewDisposeScope();
        Tensor product, result;
        using (var temporaries = new TemporaryScopeProbe().Open())
        {
            product = ones(2) * 2;
            result = temporaries.Keep(product + 1);
        }
        Assert.True(product.IsInvalid);
        Assert.False(result.IsInvalid);
        Assert.Equal(1, scope.DisposablesCount);
    }

    /// <summary>Module.Temporaries() is protected: a module opens one for the test.</summary>
    private sealed class TemporaryScopeProbe : nn.Module<Tensor, Tensor>
    {
        public TemporaryScopeProbe() : base(nameof(TemporaryScopeProbe)) { }
        public TemporaryScope Open() => Temporaries();
        public override Tensor forward(Tensor input) => input;
    }
}
