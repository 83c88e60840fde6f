using System.Diagnostics;

namespace Zoo.Plotting;

/// <summary>
/// Renders HTML pages with a headless Chromium: PNG screenshots of charts, and the DOM after scripts ran (to check
/// that a chart drew). Each call runs a fresh browser with a throw-away profile and no network activity of its own.
/// </summary>
public sealed class HeadlessChromium
{
    private HeadlessChromium(string executable) => Executable = executable;

    /// <summary>The browser program.</summary>
    public string Executable { get; }

    /// <summary>The environment variable that can name the browser to use.</summary>
    public const string EnvironmentVariable = "ZOO_CHROMIUM";

    /// <summary>Time the page's scripts get (virtual time: it passes as fast as the page allows).</summary>
    public TimeSpan ScriptBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one render may take before the browser is stopped.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>A Chromium found on this machine (<c>$ZOO_CHROMIUM</c>, then the usual names), or null when there is none.</summary>
    public static HeadlessChromium? TryFind()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured) candidates.Add(configured);
        candidates.AddRange(new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable" });
        var found = candidates.FirstOrDefault(File.Exists);
        return found is null ? null : new HeadlessChromium(found);
    }

    /// <summary>Saves a PNG of <paramref name="htmlPath"/> drawn in a <paramref name="width"/> x <paramref name="height"/> window.</summary>
    public async Task ScreenshotAsync(string htmlPath, string pngPath, int width, int height, CancellationToken cancellation = default)
    {
        var full = Path.GetFullPath(pngPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}.png";
        try
        {
            await RunAsync(new[] { $"--screenshot={temporary}", $"--window-size={width},{height}", "--hide-scrollbars" }, htmlPath, cancellation).ConfigureAwait(false);
            if (!File.Exists(temporary) || new FileInfo(temporary).Length == 0)
                throw new InvalidOperationException($"Chromium wrote no screenshot of '{htmlPath}'.");
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The page's DOM, serialised after its scripts ran.</summary>
    public Task<string> DumpDomAsync(string htmlPath, CancellationToken cancellation = default) =>
        RunAsync(new[] { "--dump-dom" }, htmlPath, cancellation);

    private async Task<string> RunAsync(string[] action, string htmlPath, CancellationToken cancellation)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"zoo-chromium-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--no-default-browser-check", "--mute-audio",
                     $"--user-data-dir={profile}", $"--virtual-time-budget={(int)ScriptBudget.TotalMilliseconds}",
                 })
            start.ArgumentList.Add(flag);
        foreach (var flag in action) start.ArgumentList.Add(flag);
        start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellation.IsCancellationRequested) throw;
            throw new TimeoutException($"Chromium did not finish rendering '{htmlPath}' within {Timeout.TotalSeconds:F0} s.");
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var lastLines = string.Join("\n", errors.Split('\n').Where(l => !l.Contains("dbus", StringComparison.Ordinal)).TakeLast(5));
            throw new InvalidOperationException($"Chromium failed on '{htmlPath}' (exit code {process.ExitCode}): {lastLines}");
        }
        return output;
    }
}
