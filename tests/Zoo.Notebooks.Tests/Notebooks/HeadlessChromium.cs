using System.Diagnostics;

namespace Zoo.Notebooks.Tests.Notebooks;

/// <summary>Chromium without a window: loads a page, lets its scripts run, and prints the resulting DOM.</summary>
public sealed class HeadlessChromium(string executable)
{
    public static HeadlessChromium? Find() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists) is { } found
            ? new HeadlessChromium(found)
            : null;

    public async Task<string> DumpDomAsync(string htmlPath)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"zoo-chromium-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom",
                     new Uri(htmlPath).AbsoluteUri,
                 })
            start.ArgumentList.Add(flag);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var dom = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not render {htmlPath} within 120 s.");
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"Chromium failed ({process.ExitCode}): {await errors}");
        return await dom;
    }
}
