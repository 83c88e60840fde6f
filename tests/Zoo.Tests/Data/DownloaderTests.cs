using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Zoo.Data;
using Zoo.Data.Downloads;

namespace Zoo.Tests.Data;

public sealed class DownloaderTests : IDisposable
{
    private readonly string folder = RepoPaths.NewTempFolder("zoo-download");
    private readonly LocalHttpServer server = new();
    private readonly byte[] payload = RandomBytes(300_000);

    public void Dispose()
    {
        server.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private RemoteFile Served(string name, byte[] bytes, bool md5 = false)
    {
        server.Files[name] = bytes;
        var checksum = md5 ? Checksum.Md5(Convert.ToHexString(MD5.HashData(bytes))) : Checksum.Sha256(Convert.ToHexString(SHA256.HashData(bytes)));
        return new RemoteFile(server.UrlOf(name), name, checksum);
    }

    [Fact]
    public async Task Downloads_and_verifies_a_file_then_does_not_fetch_it_again()
    {
        var file = Served("data.bin", payload, md5: true);
        var reports = new List<DownloadProgress>();
        var path = await new Downloader(progress: new SynchronousProgress(reports.Add)).DownloadAsync(file, folder);
        Assert.Equal(Path.Combine(folder, "data.bin"), path);
        Assert.Equal(payload, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".part"));
        Assert.Equal(payload.Length, reports[^1].Bytes);
        Assert.Equal(payload.Length, reports[^1].TotalBytes);

        await new Downloader().DownloadAsync(file, folder);
        Assert.Single(server.Ranges); // the verified file was not fetched a second time
    }

    [Fact]
    public async Task A_wrong_checksum_is_an_error_and_leaves_no_file()
    {
        var file = Served("data.bin", payload) with { Checksum = Checksum.Sha256(new string('0', 64)) };
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => new Downloader().DownloadAsync(file, folder));
        Assert.Contains("does not have the published checksum", e.Message);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(payload)), e.Message);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_truncated_download_is_an_error_and_the_next_run_resumes_it()
    {
        var file = Served("data.bin", payload);
        server.DropAfterBytes = 100_000;
        var e = await Assert.ThrowsAsync<IOException>(() => new Downloader(attempts: 1).DownloadAsync(file, folder));
        Assert.Contains("partial file", e.Message);
        Assert.False(File.Exists(Path.Combine(folder, "data.bin")));
        long kept = new FileInfo(Path.Combine(folder, "data.bin.part")).Length;
        Assert.InRange(kept, 1, payload.Length - 1);

        server.DropAfterBytes = null;
        var path = await new Downloader(attempts: 1).DownloadAsync(file, folder);
        Assert.Equal(payload, File.ReadAllBytes(path));
        Assert.Equal(new[] { "", $"bytes={kept}-" }, server.Ranges);
    }

    [Fact]
    public async Task Retries_resume_within_one_call_until_the_file_is_complete()
    {
        var file = Served("data.bin", payload);
        server.DropAfterBytes = 120_000; // each response sends at most 120 kB: three requests are needed
        var path = await new Downloader(attempts: 5).DownloadAsync(file, folder);
        Assert.Equal(payload, File.ReadAllBytes(path));
        Assert.Equal(3, server.Ranges.Count);
        Assert.Equal("", server.Ranges[0]);
        Assert.All(server.Ranges.Skip(1), r => Assert.StartsWith("bytes=", r));
    }

    [Fact]
    public async Task A_server_that_ignores_ranges_makes_the_download_restart()
    {
        var file = Served("data.bin", payload);
        File.WriteAllBytes(Path.Combine(folder, "data.bin.part"), RandomBytes(5000).Reverse().ToArray()); // stale bytes
        server.SupportsRange = false;
        var path = await new Downloader().DownloadAsync(file, folder);
        Assert.Equal(payload, File.ReadAllBytes(path));
        Assert.Equal(new[] { "bytes=5000-" }, server.Ranges);
    }

    [Fact]
    public async Task A_missing_file_on_the_server_names_the_status()
    {
        var file = Served("data.bin", payload) with { Url = server.UrlOf("nothing-here.bin") };
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => new Downloader().DownloadAsync(file, folder));
        Assert.Contains("404", e.Message);
    }

    [Fact]
    public async Task File_urls_are_copied_and_verified_too()
    {
        var source = Path.Combine(folder, "source.bin");
        File.WriteAllBytes(source, payload);
        var file = new RemoteFile(new Uri(source), "copy.bin", Checksum.Sha256(Convert.ToHexString(SHA256.HashData(payload))));
        var target = Path.Combine(folder, "out");
        var path = await new Downloader().DownloadAsync(file, target);
        Assert.Equal(payload, File.ReadAllBytes(path));
        var wrong = file with { FileName = "bad.bin", Checksum = Checksum.Md5(new string('f', 32)) };
        await Assert.ThrowsAsync<InvalidDataException>(() => new Downloader().DownloadAsync(wrong, target));
        Assert.False(File.Exists(Path.Combine(target, "bad.bin")));
    }

    [Fact]
    public void Published_checksums_are_well_formed_and_mirrors_keep_file_names()
    {
        Assert.Equal(4, DatasetDownloads.FashionMnistFiles.Count);
        Assert.All(DatasetDownloads.FashionMnistFiles, f => Assert.Equal(DigestKind.Md5, f.Checksum.Kind));
        var mirrored = DatasetDownloads.FashionMnistFiles[0].At(new Uri("http://127.0.0.1:9/mirror"));
        Assert.Equal("http://127.0.0.1:9/mirror/train-images-idx3-ubyte.gz", mirrored.Url.AbsoluteUri);
        Assert.Equal("cifar-10-binary.tar.gz", DatasetDownloads.Cifar10Archive.FileName);
    }

    [Fact]
    public async Task Fashion_mnist_downloads_from_a_mirror_into_a_loadable_folder()
    {
        // The published MD5s only match the published files: serve files we made, under checksums we computed.
        var files = new List<RemoteFile>();
        foreach (var name in MnistDataset.FileNames)
        {
            var local = Path.Combine(folder, "made-" + name);
            bool images = name.Contains("images");
            int count = name.StartsWith("train") ? 6 : 2;
            IdxFile.Write(local, images ? new[] { count, 28, 28 } : new[] { count }, new byte[images ? count * 784 : count]);
            files.Add(Served(name, File.ReadAllBytes(local), md5: true));
        }
        var downloader = new Downloader();
        foreach (var f in files) await downloader.DownloadAsync(f, Path.Combine(folder, "fashion"));
        Assert.Equal(6, MnistDataset.FashionMnist(Split.Train, Path.Combine(folder, "fashion")).Count);
    }

    [Fact]
    public async Task Cifar10_archives_are_downloaded_unpacked_and_loadable()
    {
        var archive = new MemoryStream();
        using (var gzip = new GZipStream(archive, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            void Add(string name, byte[] data) => tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) });
            var record = new byte[Cifar10Dataset.RecordBytes];
            record[0] = 3;
            for (int b = 1; b <= 5; b++) Add($"cifar-10-batches-bin/data_batch_{b}.bin", record);
            Add("cifar-10-batches-bin/test_batch.bin", record);
            Add("cifar-10-batches-bin/batches.meta.txt", "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n"u8.ToArray());
            Add("../escape.bin", record);
        }
        var file = Served("cifar-10-binary.tar.gz", archive.ToArray(), md5: true);
        var batches = await DatasetDownloads.Cifar10Async(folder, archive: file);
        Assert.Equal(Path.Combine(folder, "cifar-10-batches-bin"), batches);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(folder)!, "escape.bin")));
        var train = Cifar10Dataset.Load(folder, Split.Train);
        Assert.Equal(5, train.Count);
        Assert.Equal("cat", train.ClassNames[train[0].label]);
        await DatasetDownloads.Cifar10Async(folder, archive: file);
        Assert.Single(server.Ranges); // already unpacked: nothing fetched
    }

    private sealed class SynchronousProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
