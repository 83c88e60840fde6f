using Zoo.IO;

namespace Zoo.Tests.Training;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-atomic");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_and_no_temporary()
    {
        var path = Path.Combine(folder, "checkpoint.safetensors");
        AtomicFile.WriteAllText(path, "old, complete");
        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new, half"u8);
            throw new IOException("disk full (simulated)");
        }));
        Assert.Equal("old, complete", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_process_killed_before_the_rename_leaves_the_old_file_and_its_temporary_is_cleaned_later()
    {
        var path = Path.Combine(folder, "report.json");
        AtomicFile.WriteAllText(path, "{\"v\": 1}");
        // What a process killed between writing and renaming leaves behind: a complete temporary file.
        var orphan = path + AtomicFile.TemporaryMarker + "999999999-0123456789abcdef";
        File.WriteAllText(orphan, "{\"v\": 2}");
        Assert.Equal("{\"v\": 1}", File.ReadAllText(path));

        AtomicFile.WriteAllText(path, "{\"v\": 3}");
        Assert.Equal("{\"v\": 3}", File.ReadAllText(path));
        Assert.False(File.Exists(orphan));
    }
}
