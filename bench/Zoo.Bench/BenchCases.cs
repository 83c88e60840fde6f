namespace Zoo.Bench;

/// <summary>Every case of the bench, per-op then models, and the lookup by name its child processes use.</summary>
public static class BenchCases
{
    public static IReadOnlyList<BenchCase> All { get; } = TorchCases.All.Concat(ModelCases.All).ToList();

    public static BenchCase Named(string name) =>
        All.SingleOrDefault(c => c.Name == name) ?? throw new ArgumentException($"no bench case named '{name}'", nameof(name));
}
