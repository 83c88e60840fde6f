using Zoo.Torch.Modules;

namespace Zoo.Torch.Tests.Optim;

/// <summary>Groups, options, gradients, lifetime and errors of the optimizers.</summary>
public class OptimizerBehaviorTests
{
    [Fact]
    public void Groups_take_the_options_they_leave_unset_from_the_optimizer()
    {
        using var a = nn.Parameter(ones(2));
        using var b = nn.Parameter(ones(2));
        var custom = new SGD.ParamGroup(new[] { b }, lr: 0.5, weight_decay: 0);
        Assert.Throws<InvalidOperationException>(() => custom.momentum); // not set until the group joins an optimizer
        using var optimizer = optim.SGD(new[] { new SGD.ParamGroup(new[] { a }), custom }, lr: 0.1, momentum: 0.9, weight_decay: 1e-4);
        Assert.Equal(0.1, optimizer.param_groups[0].lr);
        Assert.Equal(1e-4, optimizer.param_groups[0].weight_decay);
        Assert.Equal(0.5, custom.lr);
        Assert.Equal(0.0, custom.weight_decay);
        Assert.Equal(0.9, custom.momentum);
        Assert.Equal(new[] { a, b }, optimizer.parameters());
    }

    [Fact]
    public void Parameters_without_a_gradient_are_left_alone_and_get_no_state()
    {
        using var scope = NewDisposeScope();
        using var used = nn.Parameter(ones(3));
        using var unused = nn.Parameter(ones(3));
        using var optimizer = optim.Adam(new[] { used, unused }, lr: 0.1);
        used.grad = ones(3);
        optimizer.step();
        Assert.Equal(new float[] { 1, 1, 1 }, unused.ToArray<float>());
        Assert.NotEqual(new float[] { 1, 1, 1 }, used.ToArray<float>());
        using var state = optimizer.state_dict();
        Assert.Equal(new[] { "state.0.exp_avg", "state.0.exp_avg_sq", "state.0.step" }, state.tensors.Keys.Order());
    }

    [Fact]
    public void Zero_grad_drops_or_zeroes_the_gradients()
    {
        using var scope = NewDisposeScope();
        using var p = nn.Parameter(ones(3));
        using var optimizer = optim.SGD(new[] { p }, 0.1);
        p.grad = full(new long[] { 3 }, 2.0);
        optimizer.zero_grad(set_to_none: false);
        Assert.Equal(new float[] { 0, 0, 0 }, p.grad!.ToArray<float>());
        optimizer.zero_grad();
        Assert.Null(p.grad);
    }

    [Fact]
    public void State_created_inside_a_dispose_scope_outlives_it_and_is_freed_with_the_optimizer()
    {
        using var p = nn.Parameter(ones(3));
        var optimizer = optim.SGD(new[] { p }, 0.1, momentum: 0.9);
        for (int s = 0; s < 3; s++)
        {
            using var scope = NewDisposeScope();
            p.grad = ones(3);
            optimizer.step();
        }
        var state = optimizer.param_groups[0].State!;
        var buffer = state.Tensors[0]!;
        Assert.False(buffer.IsInvalid);
        // b = 1, then 0.9·b + 1 twice: 2.71; p = 1 - 0.1·(1 + 1.9 + 2.71).
        TensorAssert.Close(full(new long[] { 3 }, 2.71), buffer, atol: 1e-6);
        TensorAssert.Close(full(new long[] { 3 }, 1 - 0.1 * (1 + 1.9 + 2.71)), p, atol: 1e-6);
        optimizer.Dispose();
        Assert.True(buffer.IsInvalid);
        Assert.False(p.IsInvalid);
        Assert.Throws<ObjectDisposedException>(() => optimizer.step());
    }

    [Fact]
    public void Step_evaluates_the_closure_with_gradients_enabled_and_returns_its_loss()
    {
        using var scope = NewDisposeScope();
        using var p = nn.Parameter(full(new long[] { 1 }, 3.0));
        using var optimizer = optim.SGD(new[] { p }, 0.25);
        Tensor? loss;
        using (no_grad())
        {
            loss = optimizer.step(() =>
            {
                optimizer.zero_grad();
                var l = p * p;
                l.backward(ones(1));
                return l;
            });
        }
        Assert.Equal(9f, loss!.item<float>());
        Assert.Equal(3f - 0.25f * 6f, p.item<float>()); // d(p²)/dp = 2p
    }

    [Fact]
    public void Groups_added_later_are_optimized_too()
    {
        using var scope = NewDisposeScope();
        using var a = nn.Parameter(ones(1));
        using var b = nn.Parameter(ones(1));
        using var optimizer = optim.SGD(new[] { a }, 0.1);
        optimizer.add_param_group(new SGD.ParamGroup(new[] { b }, lr: 0.5));
        a.grad = ones(1);
        b.grad = ones(1);
        optimizer.step();
        Assert.Equal(0.9f, a.item<float>());
        Assert.Equal(0.5f, b.item<float>());
    }

    [Fact]
    public void Invalid_options_and_parameter_lists_are_refused_with_their_reason()
    {
        using var a = nn.Parameter(ones(1));
        using var b = nn.Parameter(ones(1));
        Assert.Contains("learning rate", Assert.Throws<ArgumentException>(() => optim.SGD(new[] { a }, -0.1)).Message);
        Assert.Contains("Nesterov", Assert.Throws<ArgumentException>(() => optim.SGD(new[] { a }, 0.1, nesterov: true)).Message);
        Assert.Contains("beta parameter at index 1", Assert.Throws<ArgumentException>(() => optim.Adam(new[] { a }, beta2: 1.0)).Message);
        Assert.Contains("epsilon", Assert.Throws<ArgumentException>(() => optim.RMSprop(new[] { a }, eps: -1)).Message);
        Assert.Contains("empty parameter list", Assert.Throws<ArgumentException>(() => optim.AdamW(Array.Empty<Parameter>())).Message);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => optim.SGD(new[] { a, a }, 0.1)).Message);
        Assert.Contains("more than one parameter group", Assert.Throws<ArgumentException>(() =>
            optim.SGD(new[] { new SGD.ParamGroup(new[] { a, b }), new SGD.ParamGroup(new[] { b }) }, 0.1)).Message);

        using var sgd = optim.SGD(new[] { a }, 0.1);
        Assert.Contains("SGD.ParamGroup", Assert.Throws<ArgumentException>(() => sgd.add_param_group(new Adam.ParamGroup(new[] { b }))).Message);
        var taken = sgd.param_groups[0];
        Assert.Contains("already belongs", Assert.Throws<ArgumentException>(() => optim.SGD(new[] { (SGD.ParamGroup)taken }, 0.1)).Message);
    }

    [Fact]
    public void Groups_of_an_optimizer_that_failed_to_build_can_be_used_again()
    {
        using var a = nn.Parameter(ones(1));
        using var b = nn.Parameter(ones(1));
        var good = new SGD.ParamGroup(new[] { a });
        var bad = new SGD.ParamGroup(new[] { b }, lr: -1);
        Assert.Throws<ArgumentException>(() => optim.SGD(new[] { good, bad }, 0.1));
        using var optimizer = optim.SGD(new[] { good }, 0.1);
        Assert.Same(good, optimizer.param_groups[0]);
    }

    [Fact]
    public void A_libtorch_failure_during_a_step_is_an_exception_and_keeps_the_created_state()
    {
        using var scope = NewDisposeScope();
        using var good = nn.Parameter(ones(2));
        using var bad = nn.Parameter(ones(3));
        using var optimizer = optim.Adam(new[] { good, bad });
        good.grad = ones(2);
        bad.grad = ones(4); // a gradient of the wrong shape
        var e = Assert.Throws<TorchException>(() => optimizer.step());
        Assert.Contains("size", e.Message);
        var state = optimizer.param_groups[0].State!;
        Assert.All(state.Tensors.Where(t => t is not null), t => Assert.False(t!.IsInvalid));
    }
}
