namespace Zoo.Torch.Tests.Errors;

/// <summary>
/// Bad calls on tensors throw managed exceptions with libtorch's readable message, and the process carries on:
/// every test ends by computing something with the same tensors.
/// </summary>
public class TensorErrorTests
{
    private static TorchException Fails(Func<object> call, params string[] messageParts)
    {
        var error = Assert.Throws<TorchException>(call);
        foreach (var part in messageParts) Assert.Contains(part, error.Message);
        Assert.DoesNotContain("Exception raised from", error.Message); // libtorch's C++ backtrace stays out
        return error;
    }

    /// <summary>libtorch still computes with the tensor after the failures.</summary>
    private static void StillWorks(Tensor t) => Assert.Equal(t.numel(), ones_like(t).sum().ToInt64());

    [Fact]
    public void Matmul_with_mismatched_shapes()
    {
        using var scope = NewDisposeScope();
        var a = randn(2, 3);
        var b = randn(4, 5);
        Fails(() => a.matmul(b), "cannot be multiplied", "2x3", "4x5");
        Fails(() => a.mm(b), "cannot be multiplied");
        Fails(() => randn(2, 3, 4).bmm(randn(2, 5, 4)), "batch2", "[2, 4]", "[2, 5]");
        Fails(() => einsum("ij,jk->ik", a, b), "einsum()", "subscript j");
        StillWorks(a.matmul(b.narrow(0, 0, 3)));
    }

    [Fact]
    public void Cat_and_stack_of_mismatched_shapes()
    {
        using var scope = NewDisposeScope();
        var a = zeros(2, 3);
        var b = zeros(2, 4);
        Fails(() => cat(new[] { a, b }, 0), "Sizes of tensors must match");
        Fails(() => stack(new[] { a, b }), "stack expects each tensor to be equal size");
        Fails(() => cat(Array.Empty<Tensor>()), "non-empty");
        StillWorks(cat(new[] { a, b }, 1));
    }

    [Fact]
    public void Dims_out_of_range()
    {
        using var scope = NewDisposeScope();
        var a = zeros(2, 3);
        Fails(() => a.sum(5), "Dimension out of range", "got 5");
        Fails(() => a.max(-3), "Dimension out of range");
        Fails(() => a.softmax(2), "Dimension out of range");
        Fails(() => a.transpose(0, 2), "Dimension out of range");
        Fails(() => a.split(1, 4), "Dimension out of range");
        Fails(() => a.permute(0, 0), "duplicate dims");
        StillWorks(a.sum(-1));
    }

    [Fact]
    public void Indices_out_of_range()
    {
        using var scope = NewDisposeScope();
        var a = zeros(3, 4);
        Fails(() => a[10], "index 10 out of range", "dimension 0");
        Fails(() => a[0, -5], "index -5 is out of bounds for dimension 1 with size 4");
        Fails(() => a[tensor(new long[] { 0, 7 })], "out of bounds");
        Fails(() => a.index_select(1, tensor(new long[] { 4 })), "out of DATA bounds");
        Fails(() => a.gather(1, tensor(new long[] { 9 }, 1, 1)), "out of bounds");
        Fails(() => a.narrow(1, 2, 5), "exceeds dimension size");
        StillWorks(a[2]);
    }

    [Fact]
    public void Dtype_mismatches()
    {
        using var scope = NewDisposeScope();
        var ints = arange(3);
        var error = Assert.Throws<InvalidOperationException>(() => ints[0].item<float>());
        Assert.Contains("item<long>", error.Message);
        Fails(() => zeros(3)[tensor(new[] { 0f, 1f })], "tensors used as indices must be long");
        Fails(() => zeros(3).bitwise_and(ones(3)), "bitwise_and", "not implemented for 'Float'");
        Fails(() => where(ones(3), zeros(3), ones(3)), "condition to be a boolean tensor");
        Fails(() => randn(2, 2).matmul(ones(new long[] { 2, 2 }, dtype: ScalarType.Float64)), "expected scalar type Float but found Double");
        StillWorks(ints.to(ScalarType.Float32));
    }

    [Fact]
    public void View_of_a_non_contiguous_tensor_points_to_reshape()
    {
        using var scope = NewDisposeScope();
        var t = randn(3, 4).t();
        Fails(() => t.view(12), "view size is not compatible", ".reshape(...)");
        Fails(() => randn(3, 4).view(5, 3), "shape '[5, 3]' is invalid for input of size 12");
        StillWorks(t.reshape(12));
    }

    [Fact]
    public void Shape_errors_in_place_and_in_index_assignment()
    {
        using var scope = NewDisposeScope();
        var a = zeros(2, 3);
        Fails(() => a.add_(ones(4, 2, 3)), "doesn't match the broadcast shape");
        Fails(() => a.index_put_(ones(4), 0), "expanded size", "[4]");
        Fails(() => a.squeeze_(5), "Dimension out of range");
        Fails(() => a.split(new long[] { 1, 1 }, 1), "split_with_sizes");
        Fails(() => a.expand(4, 3), "expanded size");
        Fails(() => a.topk(5), "selected index k out of range");
        StillWorks(a);
    }

    [Fact]
    public void Invalid_managed_arguments_name_what_is_wrong()
    {
        using var scope = NewDisposeScope();
        var a = zeros(2, 3);
        var bad = Assert.Throws<ArgumentException>(() => a[default(TensorIndex)]);
        Assert.Contains("default(TensorIndex)", bad.Message);
        Assert.Throws<ArgumentException>(() => a.movedim(new long[] { 0 }, new long[] { 1, 0 }));
        Assert.Throws<ArgumentNullException>(() => a.sum((long[])null!));
        Fails(() => a[TensorIndex.Slice(step: 0)], "step");
        Fails(() => a[TensorIndex.Slice(step: -1)], "step");
        StillWorks(a);
    }

    [Fact]
    public void Use_after_dispose_throws_ObjectDisposedException()
    {
        var t = ones(2, 3);
        var other = ones(2, 3);
        t.Dispose();
        Assert.Throws<ObjectDisposedException>(() => t.exp());
        Assert.Throws<ObjectDisposedException>(() => t.sum());
        Assert.Throws<ObjectDisposedException>(() => t[0]);
        Assert.Throws<ObjectDisposedException>(() => other.matmul(t));
        Assert.Throws<ObjectDisposedException>(() => cat(new[] { other, t }));
        Assert.Throws<ObjectDisposedException>(() => t.str());
        Assert.Throws<ObjectDisposedException>(() => other[t]);
        StillWorks(other);
        other.Dispose();
    }
}

/// <summary>Failures create no tensors (read from the process-wide counters, so alone).</summary>
[Collection(ProcessWideStateCollection.Name)]
public class TensorErrorLeakTests
{
    [Fact]
    public void Failed_calls_create_no_tensors()
    {
        using var scope = NewDisposeScope();
        var a = zeros(2, 3);
        var b = zeros(4, 5);
        long created = TensorCounters.Created; // finalizers of other tests' tensors may lower Live, never Created
        for (int i = 0; i < 50; i++)
        {
            Assert.Throws<TorchException>(() => a.matmul(b));
            Assert.Throws<TorchException>(() => a.max(7));
            Assert.Throws<TorchException>(() => a.chunk(0));
        }
        Assert.Equal(created, TensorCounters.Created);
    }
}
