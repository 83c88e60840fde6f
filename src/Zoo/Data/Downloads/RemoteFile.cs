namespace Zoo.Data.Downloads;

/// <summary>A file to fetch: where it is (http, https or file URL), the name to save it under, and its checksum.</summary>
public sealed record RemoteFile(Uri Url, string FileName, Checksum Checksum)
{
    public RemoteFile(string url, Checksum checksum) : this(new Uri(url), Path.GetFileName(new Uri(url).LocalPath), checksum) { }

    /// <summary>The same file at another base address (a mirror, or a local server in tests).</summary>
    public RemoteFile At(Uri baseUrl) => this with
    {
        Url = new Uri(baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/"), Path.GetFileName(Url.LocalPath)),
    };
}

/// <summary>How far a download is: bytes on disk (including a resumed part) and the total when the server said.</summary>
public readonly record struct DownloadProgress(string FileName, long Bytes, long? TotalBytes);
