using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zoo.Tests.Data;

/// <summary>
/// A minimal HTTP/1.1 file server on 127.0.0.1 for download tests: it serves byte arrays by name, can honour or
/// ignore Range requests, and can drop the connection part-way through a body. It records every request's Range.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LocalHttpServer()
    {
        listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        loop = Task.Run(AcceptLoop);
    }

    public Uri BaseUrl { get; }
    public Dictionary<string, byte[]> Files { get; } = new();

    /// <summary>Answer Range requests with 206 (true) or ignore them and send the whole file with 200 (false).</summary>
    public bool SupportsRange { get; set; } = true;

    /// <summary>When set, the next responses send only this many body bytes (announcing the full length), then hang up.</summary>
    public int? DropAfterBytes { get; set; }

    /// <summary>The Range header of every request received ("" when none), in order.</summary>
    public List<string> Ranges { get; } = new();

    public Uri UrlOf(string name) => new(BaseUrl, name);

    private async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            using (client)
            {
                try
                {
                    await Serve(client.GetStream());
                }
                catch (IOException)
                {
                    // The client hung up: nothing to answer.
                }
            }
        }
    }

    private async Task Serve(NetworkStream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0) return;
            header.Append((char)one[0]);
        }
        var lines = header.ToString().Split("\r\n");
        var path = Uri.UnescapeDataString(lines[0].Split(' ')[1].TrimStart('/'));
        var range = lines.FirstOrDefault(l => l.StartsWith("Range:", StringComparison.OrdinalIgnoreCase))?.Split(':', 2)[1].Trim() ?? "";
        lock (Ranges) Ranges.Add(range);

        if (!Files.TryGetValue(path, out var body))
        {
            await Write(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", ReadOnlyMemory<byte>.Empty);
            return;
        }
        long from = 0;
        string status = "200 OK", extra = "";
        if (SupportsRange && range.StartsWith("bytes=", StringComparison.Ordinal))
        {
            from = long.Parse(range["bytes=".Length..].TrimEnd('-'));
            if (from >= body.Length)
            {
                await Write(stream, $"HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{body.Length}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", ReadOnlyMemory<byte>.Empty);
                return;
            }
            status = "206 Partial Content";
            extra = $"Content-Range: bytes {from}-{body.Length - 1}/{body.Length}\r\n";
        }
        var content = body.AsMemory((int)from);
        var sent = DropAfterBytes is { } n ? content[..Math.Min(n, content.Length)] : content;
        await Write(stream, $"HTTP/1.1 {status}\r\nContent-Type: application/octet-stream\r\nContent-Length: {content.Length}\r\n{extra}Connection: close\r\n\r\n", sent);
    }

    private static async Task Write(NetworkStream stream, string head, ReadOnlyMemory<byte> body)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        try { loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        stop.Dispose();
    }
}
