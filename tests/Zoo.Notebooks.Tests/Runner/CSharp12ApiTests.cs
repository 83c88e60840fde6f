using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Tests.Runner;

/// <summary>
/// VS Code's C# kernel (and this runner) compile C# 12, where a <c>params ReadOnlySpan</c> parameter cannot take
/// separate arguments: the tensor API's array overloads must make the PyTorch spelling work there too.
/// </summary>
public sealed class CSharp12ApiTests : IDisposable
{
    private readonly TestNotebooks notebooks = new();

    public void Dispose() => notebooks.Dispose();

    [Fact]
    public async Task Shapes_dims_and_indices_pass_as_separate_arguments_in_csharp_12()
    {
        var torch = Path.Combine(RepoPaths.Of("notebooks", "lib"), "Zoo.Torch.dll");
        var result = await notebooks.RunCells(
            $"#r \"{torch}\"\nusing Zoo.Torch;\nusing static Zoo.Torch.torch;",
            """
            var x = arange(24, dtype: ScalarType.Float32).view(2, 3, 4);
            var y = x.permute(2, 0, 1).reshape(4, 6).expand(2, 4, 6).flip(0).repeat(1, 1, 2);
            var picked = x[1, 2, 3].item<float>();
            x[0, 0] = zeros(4);
            var z = einsum("ij,jk->ik", ones(2, 3), ones(3, 4));
            $"{string.Join("x", y.shape)} {picked} {x.sum().item<float>()} {z.sum().item<float>()}"
            """);
        Assert.True(result.Succeeded, result.Failure?.Message);
        var value = Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Cells[1].Outputs));
        Assert.Equal(new FormattedValue("text/plain", "2x4x12 23 270 24"), Assert.Single(value.Data));
    }
}
