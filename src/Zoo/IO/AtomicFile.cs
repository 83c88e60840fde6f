namespace Zoo.IO;

/// <summary>
/// Writes files so that a reader (or a crash) never sees half of one: the bytes go to a temporary file beside the
/// target, are flushed to disk, and the temporary file is renamed over the target (an atomic replace on one file
/// system). If writing fails, the old file is untouched and the temporary file removed.
/// </summary>
public static class AtomicFile
{
    /// <summary>What follows a target's name in the names of its temporary files.</summary>
    public const string TemporaryMarker = ".tmp-";

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        RemoveStaleTemporaries(full);
        var temporary = $"{full}{TemporaryMarker}{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temporary); } catch (IOException) { }
            throw;
        }
    }

    public static void WriteAllText(string path, string text) =>
        Write(path, s =>
        {
            using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            writer.Write(text);
        });

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    // A process killed between writing and renaming leaves its temporary file behind: the next write cleans it up.
    private static void RemoveStaleTemporaries(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        foreach (var stale in Directory.EnumerateFiles(folder, Path.GetFileName(full) + TemporaryMarker + "*"))
        {
            var owner = Path.GetFileName(stale)[(Path.GetFileName(full).Length + TemporaryMarker.Length)..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && pid == Environment.ProcessId) continue; // ours, being written now
            try { File.Delete(stale); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
