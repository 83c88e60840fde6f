using System.Text;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing after Verify's conventions: the committed file is Snapshots/{name}.verified.{ext} (UTF-8, LF);
/// on a mismatch the actual text is written beside it as {name}.received.{ext} (git-ignored) and the test fails with a
/// diff; ZOO_ACCEPT_SNAPSHOTS=1 accepts every received text as the new verified one.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "ZOO_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Folder => RepoPaths.Of("tests", "Zoo.Generator.Tests", "Snapshots");

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>A generated source: "{Class}.{Method}#{hint}.verified.cs", whose first line names the hint.</summary>
    public static void Source(string owner, string hintName, string source)
    {
        var name = owner + "#" + FileNameOf(hintName);
        Match(name, "cs", "//HintName: " + hintName + "\n" + source);
    }

    /// <summary>Text, such as diagnostics: "{Class}.{Method}.verified.txt".</summary>
    public static void Text(string name, string text) => Match(name, "txt", text);

    /// <summary>The snapshot file name for a hint name: "blocks/cbam.g.cs" → "blocks.cbam.g".</summary>
    public static string FileNameOf(string hintName)
    {
        var withoutExtension = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;
        return withoutExtension.Replace('/', '.').Replace('\\', '.');
    }

    private static void Match(string name, string extension, string actual)
    {
        actual = Normalize(actual);
        var verified = Path.Combine(Folder, $"{name}.verified.{extension}");
        var received = Path.Combine(Folder, $"{name}.received.{extension}");
        Directory.CreateDirectory(Folder);
        if (Accepting)
        {
            File.WriteAllText(verified, actual, Utf8);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified, Utf8)) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, Utf8);
        Assert.Fail(expected is null
            ? $"No snapshot yet: {Path.GetFileName(verified)}. Review {received}, then rename it (or run with {AcceptVariable}=1)."
            : $"Snapshot mismatch for {Path.GetFileName(verified)} (received written beside it):{Environment.NewLine}{Diff(expected, actual)}");
    }

    private static string Normalize(string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return text.EndsWith('\n') ? text : text + "\n";
    }

    /// <summary>The first differing lines, with line numbers (enough to see what changed).</summary>
    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lines = new List<string>();
        for (int i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 24; i++)
        {
            var x = i < a.Length ? a[i] : null;
            var y = i < b.Length ? b[i] : null;
            if (x == y) continue;
            if (x is not null) lines.Add($"-{i + 1}: {x}");
            if (y is not null) lines.Add($"+{i + 1}: {y}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
