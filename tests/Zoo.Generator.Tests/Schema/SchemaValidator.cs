using System.Diagnostics;
using System.Text.Json;

namespace Zoo.Generator.Tests.Schema;

/// <summary>Runs scripts/validate-specs.mjs (ajv, JSON Schema draft 2020-12) on spec files and reads its verdicts.</summary>
public static class SchemaValidator
{
    public sealed record Verdict(string File, bool Valid, IReadOnlyList<string> Errors);

    public static IReadOnlyList<Verdict> Validate(IEnumerable<string> files)
    {
        var script = RepoPaths.Of("scripts", "validate-specs.mjs");
        Assert.True(Directory.Exists(RepoPaths.Of("node_modules", "ajv")), "node_modules/ajv is missing: run scripts/setup.sh (npm ci) first");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(script);
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(error.Length == 0, "validate-specs.mjs failed: " + error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => new Verdict(
                e.GetProperty("file").GetString()!,
                e.GetProperty("valid").GetBoolean(),
                e.GetProperty("errors").EnumerateArray().Select(x => x.GetString()!).ToList()))
            .ToList();
    }
}
