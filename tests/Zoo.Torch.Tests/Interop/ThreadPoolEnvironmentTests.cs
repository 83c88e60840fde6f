namespace Zoo.Torch.Tests.Interop;

/// <summary>
/// The thread pools' spin-wait settings reach the C library's environment before libtorch loads, where libgomp and
/// OpenBLAS read them, and never replace a value the user set.
/// </summary>
public class ThreadPoolEnvironmentTests
{
    [Fact]
    public void Once_the_binding_is_loaded_each_setting_the_user_did_not_choose_holds_its_default()
    {
        using var loaded = torch.zeros(1); // the binding is loaded by now
        Assert.NotEmpty(ThreadPoolEnvironment.Defaults);
        foreach (var (name, value) in ThreadPoolEnvironment.Defaults)
        {
            // .NET's copy of the environment is the one the process started with: the user's choice, if any.
            var chosen = Environment.GetEnvironmentVariable(name);
            Assert.Equal(chosen ?? value, ThreadPoolEnvironment.Native(name));
        }
    }

    [Fact]
    public void A_value_already_in_the_environment_is_kept()
    {
        var name = $"ZOO_TEST_SPIN_{Guid.NewGuid():N}";
        ThreadPoolEnvironment.Apply(new Dictionary<string, string> { [name] = "users-choice" });
        Assert.Equal("users-choice", ThreadPoolEnvironment.Native(name));

        ThreadPoolEnvironment.Apply(new Dictionary<string, string> { [name] = "default" });

        Assert.Equal("users-choice", ThreadPoolEnvironment.Native(name));
    }

    [Fact]
    public void The_defaults_are_the_ones_both_pools_understand()
    {
        // libgomp reads a count of turns, OpenBLAS a power of two of cycles that it clamps to 4..30.
        Assert.True(int.TryParse(ThreadPoolEnvironment.Defaults["GOMP_SPINCOUNT"], out var turns) && turns is > 0 and < 300_000);
        Assert.True(int.TryParse(ThreadPoolEnvironment.Defaults["OPENBLAS_THREAD_TIMEOUT"], out var power) && power is >= 4 and <= 30);
    }
}
