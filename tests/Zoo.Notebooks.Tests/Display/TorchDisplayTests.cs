using Zoo.Notebooks.Runner.Execution;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Tests.Display;

/// <summary>
/// Tensors and modules display themselves in notebooks: the runner finds Zoo.Torch's formatters by convention, from
/// the library the notebooks reference (notebooks/lib), as VS Code does.
/// </summary>
public sealed class TorchDisplayTests : IDisposable
{
    private readonly TestNotebooks notebooks = new();

    public void Dispose() => notebooks.Dispose();

    private async Task<IReadOnlyList<FormattedValue>> Show(string expression)
    {
        var torch = Path.Combine(RepoPaths.Of("notebooks", "lib"), "Zoo.Torch.dll");
        var result = await notebooks.RunCells($"#r \"{torch}\"\nusing Zoo.Torch;\nusing static Zoo.Torch.torch;", expression);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Cells[1].Outputs)).Data;
    }

    private static string Mime(IReadOnlyList<FormattedValue> values, string mimeType) => Assert.Single(values, v => v.MimeType == mimeType).Value;

    [Fact]
    public async Task A_small_matrix_shows_as_a_table_and_as_pytorch_text()
    {
        var shown = await Show("arange(6, dtype: ScalarType.Float32).reshape([2, 3])");

        Assert.Equal("tensor([[0., 1., 2.],\n        [3., 4., 5.]])", Mime(shown, "text/plain"));
        var html = Mime(shown, "text/html");
        Assert.Contains(">tensor [2, 3] &middot; float32 &middot; cpu</div>", html);
        Assert.Contains("<tr><th>1</th><td>3.</td><td>4.</td><td>5.</td></tr>", html);
    }

    [Fact]
    public async Task Vector_values_use_one_notation_for_the_whole_tensor()
    {
        var fixedPoint = Mime(await Show("tensor(new float[] { 0.5f, 1.25f, -2f }, requires_grad: true)"), "text/html");
        Assert.Contains("<td>0.5000</td><td>1.2500</td><td>-2.0000</td>", fixedPoint);
        Assert.Contains("requires_grad", fixedPoint);

        var scientific = Mime(await Show("tensor(new double[] { 1e-6, 2.5 })"), "text/html");
        Assert.Contains("<td>1.0000e-06</td><td>2.5000e+00</td>", scientific);
        Assert.Contains("float64", scientific);

        var booleans = Mime(await Show("tensor(new long[] { 1, 5, 3 }) > 2"), "text/html");
        Assert.Contains("<td>False</td><td>True</td><td>True</td>", booleans);
    }

    [Fact]
    public async Task A_tensor_with_more_dims_shows_its_pytorch_text()
    {
        var shown = await Show("ones(2, 2, 2)");
        Assert.Contains("<pre>tensor([[[1., 1.],\n         [1., 1.]],\n\n        [[1., 1.],\n         [1., 1.]]])</pre>", Mime(shown, "text/html"));
    }

    [Fact]
    public async Task A_large_tensor_shows_a_summary_with_its_values_folded_away()
    {
        var shown = await Show("arange(10000, dtype: ScalarType.Float32).reshape([100, 100])");

        var html = Mime(shown, "text/html");
        Assert.Contains("<tr><th>min</th><th>max</th><th>mean</th><th>std</th></tr><tr><td>0</td><td>9999</td><td>4999.5</td><td>2886.9</td></tr>", html);
        Assert.Contains("<details><summary>values</summary><pre>tensor([[0.0000e+00, 1.0000e+00,", html);
        Assert.DoesNotContain("<td>5000.</td>", html);
    }

    [Fact]
    public async Task A_disposed_tensor_says_so_instead_of_failing()
    {
        var shown = await Show("var t = ones(2); t.Dispose(); t");
        Assert.Equal("Tensor (disposed)", Mime(shown, "text/plain"));
        Assert.Contains("Tensor (disposed)", Mime(shown, "text/html"));
    }

    [Fact]
    public async Task A_module_shows_its_tree_and_parameter_count()
    {
        var shown = await Show("nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))");

        var text = Mime(shown, "text/plain");
        Assert.StartsWith("Sequential(\n  (0): Linear(in_features=3, out_features=4, bias=True)", text);
        var html = Mime(shown, "text/html");
        Assert.Contains("<b>Sequential</b> &middot; 26 parameters (26 trainable), 104 B", html);
        Assert.Contains("(1): ReLU()", html);
    }
}
