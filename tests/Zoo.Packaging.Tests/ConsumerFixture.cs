using System.Text.RegularExpressions;

namespace Zoo.Packaging.Tests;

/// <summary>
/// Made once for the tests: the packages, packed by scripts/pack.sh into a temporary feed; a consumer project made from
/// samples/ZooConsumer plus the spec of Zoo.Generator's README, restored from that feed only into its own package
/// folder (no copy cached elsewhere can stand in for the packages), built and run.
/// </summary>
/// <remarks>
/// Third-party packages (Spectre.Console) come from the machine's global packages folder used as a source, so the
/// tests need no network: packing restores the zoo's own projects, which puts them there.
/// </remarks>
public sealed partial class ConsumerFixture : IDisposable
{
    public const string Version = "0.1.0";

    public ConsumerFixture()
    {
        Root = RepoPaths.NewTempFolder("zoo-packaging");
        Feed = Path.Combine(Root, "feed") + Path.DirectorySeparatorChar;
        Packages = Path.Combine(Root, "packages");
        Consumer = Path.Combine(Root, "consumer");

        Pack = CommandLine.Run("bash", new[] { "scripts/pack.sh", $"-p:PackageOutputPath={Feed}", "-clp:ErrorsOnly" }, RepoPaths.Root, TimeSpan.FromMinutes(10));
        if (Pack.ExitCode != 0) return;

        CreateConsumer();
        Build = Dotnet("build");
        if (Build.ExitCode != 0) return;
        // One intra-op thread: the run is tiny, and on a busy machine more threads only wait for each other.
        Run = CommandLine.Run("dotnet", new[] { Path.Combine("bin", "Debug", "net10.0", "ZooConsumer.dll") }, Consumer, TimeSpan.FromMinutes(3),
            new Dictionary<string, string?> { ["ZOO_NUM_THREADS"] = "1" });
    }

    /// <summary>The temporary folder holding the feed, the consumer's package folder and the consumer.</summary>
    public string Root { get; }

    /// <summary>The local feed scripts/pack.sh packed into.</summary>
    public string Feed { get; }

    /// <summary>Where the consumer's restore extracts packages (its own, empty at first).</summary>
    public string Packages { get; }

    /// <summary>The consumer project's folder.</summary>
    public string Consumer { get; }

    public CommandLine.Result Pack { get; }
    public CommandLine.Result? Build { get; }
    public CommandLine.Result? Run { get; }

    /// <summary>The spec of Zoo.Generator's README (its first json block), which the consumer adds to the sample's.</summary>
    public static string ReadmeSpec()
    {
        var readme = File.ReadAllText(RepoPaths.Of("generator", "Zoo.Generator", "PACKAGE.md"));
        return JsonBlock().Match(readme) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("PACKAGE.md has no json block");
    }

    /// <summary>Runs a dotnet command on the consumer: no build servers left behind, the consumer's package folder.</summary>
    public CommandLine.Result Dotnet(params string[] arguments) => CommandLine.Run(
        "dotnet",
        arguments.Concat(new[] { "--nologo", "--disable-build-servers", $"-p:RestorePackagesPath={Packages}" }),
        Consumer,
        TimeSpan.FromMinutes(5),
        // NUGET_PACKAGES would send the restore to another package folder.
        new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null });

    private void CreateConsumer()
    {
        var sample = RepoPaths.Of("samples", "ZooConsumer");
        Directory.CreateDirectory(Path.Combine(Consumer, "specs"));
        foreach (var file in new[] { "ZooConsumer.csproj", "Directory.Build.props", "Program.cs", "QuadrantImages.cs" })
            File.Copy(Path.Combine(sample, file), Path.Combine(Consumer, file));
        foreach (var spec in Directory.EnumerateFiles(Path.Combine(sample, "specs"), "*.zoo.json"))
            File.Copy(spec, Path.Combine(Consumer, "specs", Path.GetFileName(spec)));
        File.WriteAllText(Path.Combine(Consumer, "specs", "tiny-net.zoo.json"), ReadmeSpec());
        File.WriteAllText(Path.Combine(Consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Packages}" />
              </config>
              <packageSources>
                <clear />
                <add key="zoo-feed" value="{Feed}" />
                <add key="machine-packages" value="{MachinePackages()}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="zoo-feed">
                  <package pattern="Zoo" />
                  <package pattern="Zoo.*" />
                </packageSource>
                <packageSource key="machine-packages">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    /// <summary>The machine's global packages folder, as NuGet reports it.</summary>
    private static string MachinePackages()
    {
        var locals = CommandLine.Run("dotnet", new[] { "nuget", "locals", "global-packages", "--list" }, RepoPaths.Root, TimeSpan.FromMinutes(1));
        var match = Regex.Match(locals.Output, @"global-packages:\s*(\S.*?)\s*$", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException(locals.ToString());
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
