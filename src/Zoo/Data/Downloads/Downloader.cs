using System.Net;
using System.Net.Http.Headers;

namespace Zoo.Data.Downloads;

/// <summary>
/// Downloads files over HTTP(S) or from file URLs into a folder, safely: bytes go to <c>name.part</c>, an interrupted
/// download resumes from there on the next attempt (an HTTP Range request; a server that ignores it restarts the
/// file), the checksum is verified, and only a verified file is renamed to its final name. A checksum mismatch deletes
/// the partial file; a file already present with the right checksum is not fetched again.
/// </summary>
public sealed class Downloader
{
    private readonly HttpClient http;
    private readonly IProgress<DownloadProgress>? progress;

    /// <param name="http">The client to use (a shared one by default).</param>
    /// <param name="progress">Told about progress as bytes arrive.</param>
    /// <param name="attempts">How many times to try a file (resuming each time) before giving up.</param>
    /// <param name="idleTimeout">How long to wait for the next bytes before treating the connection as dropped.</param>
    public Downloader(HttpClient? http = null, IProgress<DownloadProgress>? progress = null, int attempts = 3, TimeSpan? idleTimeout = null)
    {
        if (attempts < 1) throw new ArgumentOutOfRangeException(nameof(attempts), attempts, "at least one attempt");
        this.http = http ?? SharedClient.Value;
        this.progress = progress;
        Attempts = attempts;
        IdleTimeout = idleTimeout ?? TimeSpan.FromSeconds(60);
    }

    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });

    public int Attempts { get; }
    public TimeSpan IdleTimeout { get; }

    /// <summary>Fetches <paramref name="file"/> into <paramref name="folder"/> (unless it is already there) and returns its path.</summary>
    public async Task<string> DownloadAsync(RemoteFile file, string folder, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, file.FileName);
        if (file.Checksum.Matches(target)) return target;
        var part = target + ".part";

        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await FetchAsync(file, part, cancellation).ConfigureAwait(false);
                break;
            }
            catch (IOException e) when (attempt < Attempts && !cancellation.IsCancellationRequested)
            {
                _ = e; // the partial file stays: the next attempt resumes from it
            }
            catch (IOException e)
            {
                long have = File.Exists(part) ? new FileInfo(part).Length : 0;
                throw new IOException($"Downloading {file.Url} failed after {Attempts} attempt(s) with {have} bytes received: {e.Message} " +
                    $"The partial file '{part}' is kept; downloading again resumes from it.", e);
            }
        }

        var actual = file.Checksum.Compute(part);
        if (actual != file.Checksum.Hex)
        {
            File.Delete(part);
            throw new InvalidDataException($"The file downloaded from {file.Url} does not have the published checksum: expected " +
                $"{file.Checksum}, got {actual}. It was deleted; the source may be corrupt or have changed.");
        }
        File.Move(part, target, overwrite: true);
        return target;
    }

    private async Task FetchAsync(RemoteFile file, string part, CancellationToken cancellation)
    {
        long have = File.Exists(part) ? new FileInfo(part).Length : 0;
        if (file.Url.IsFile)
        {
            await using var source = new FileStream(file.Url.LocalPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, useAsync: true);
            if (have > source.Length) have = 0;
            source.Position = have;
            await CopyAsync(source, part, have, source.Length, file.FileName, cancellation).ConfigureAwait(false);
            return;
        }
        if (file.Url.Scheme is not ("http" or "https"))
            throw new NotSupportedException($"Cannot download {file.Url}: only http, https and file URLs are supported.");

        using var request = new HttpRequestMessage(HttpMethod.Get, file.Url);
        if (have > 0) request.Headers.Range = new RangeHeaderValue(have, null);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new IOException($"cannot reach {file.Url.Host}: {e.Message}", e);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                // The part is as long as the file or longer (the file changed?): start again.
                File.Delete(part);
                throw new IOException("the server refused to resume the partial file; starting again");
            }
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"Downloading {file.Url} failed: the server answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);

            long start = 0;
            if (response.StatusCode == HttpStatusCode.PartialContent)
            {
                var range = response.Content.Headers.ContentRange;
                if (range?.From != have) throw new IOException($"the server resumed at byte {range?.From}, not at {have}");
                start = have;
            }
            long? length = response.Content.Headers.ContentLength;
            await using var body = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
            await CopyAsync(body, part, start, length is null ? null : start + length, file.FileName, cancellation).ConfigureAwait(false);
        }
    }

    // Appends the source to the part file from byte `start` (truncating what follows), checking the total length.
    private async Task CopyAsync(Stream source, string part, long start, long? total, string name, CancellationToken cancellation)
    {
        await using var destination = new FileStream(part, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1 << 20, useAsync: true);
        destination.SetLength(start);
        destination.Position = start;
        var buffer = new byte[1 << 16];
        long bytes = start;
        progress?.Report(new DownloadProgress(name, bytes, total));
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        while (true)
        {
            idle.CancelAfter(IdleTimeout);
            int read;
            try
            {
                read = await source.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                throw new IOException($"no data for {IdleTimeout.TotalSeconds:F0} s");
            }
            if (read == 0) break;
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellation).ConfigureAwait(false);
            bytes += read;
            progress?.Report(new DownloadProgress(name, bytes, total));
        }
        await destination.FlushAsync(cancellation).ConfigureAwait(false);
        if (total is { } expected && bytes != expected)
            throw new IOException($"the transfer ended after {bytes} of {expected} bytes");
    }
}
