using System.IO.Compression;
using System.Xml.Linq;

namespace Zoo.Packaging.Tests;

/// <summary>What scripts/pack.sh puts in each package: the files a user needs, and the metadata NuGet shows.</summary>
[Collection(PackagesCollection.Name)]
public class PackageContentTests
{
    private readonly ConsumerFixture fixture;

    public PackageContentTests(ConsumerFixture fixture)
    {
        this.fixture = fixture;
        Assert.True(fixture.Pack.ExitCode == 0, fixture.Pack.ToString());
    }

    private string PackagePath(string id, string extension = "nupkg") => Path.Combine(fixture.Feed, $"{id}.{ConsumerFixture.Version}.{extension}");

    private IReadOnlyList<string> Files(string id, string extension = "nupkg")
    {
        using var zip = ZipFile.OpenRead(PackagePath(id, extension));
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private XElement Metadata(string id)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        using var stream = zip.GetEntry($"{id}.nuspec")!.Open();
        var nuspec = XDocument.Load(stream).Root!;
        return nuspec.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private string Readme(string id)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        return reader.ReadToEnd();
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    private static IEnumerable<string> Dependencies(XElement metadata) =>
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value);

    [Theory]
    [InlineData("Zoo.Torch")]
    [InlineData("Zoo")]
    [InlineData("Zoo.Generator")]
    public void Every_package_has_its_metadata_readme_and_licence(string id)
    {
        var metadata = Metadata(id);
        Assert.Equal(ConsumerFixture.Version, Value(metadata, "version"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Contains("README.md", Files(id));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "authors")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "tags")));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value);
    }

    [Fact]
    public void Zoo_Torch_carries_the_binding_its_native_shim_and_symbols_and_says_which_libtorch_it_needs()
    {
        var files = Files("Zoo.Torch");
        Assert.Contains("lib/net10.0/Zoo.Torch.dll", files);
        Assert.Contains("lib/net10.0/Zoo.Torch.xml", files);
        Assert.Contains("runtimes/linux-x64/native/libZooTorchNative.so", files);
        Assert.Contains("lib/net10.0/Zoo.Torch.pdb", Files("Zoo.Torch", "snupkg"));
        Assert.Contains("libtorch 1.13", Value(Metadata("Zoo.Torch"), "description"));
        Assert.Contains("sudo apt install libtorch1.13", Readme("Zoo.Torch"));
        Assert.Empty(Dependencies(Metadata("Zoo.Torch")));
    }

    [Fact]
    public void Zoo_carries_the_zoo_its_specs_for_reference_and_depends_on_Zoo_Torch_but_not_on_the_generator()
    {
        var files = Files("Zoo");
        Assert.Contains("lib/net10.0/Zoo.dll", files);
        Assert.Contains("lib/net10.0/Zoo.xml", files);
        Assert.Contains("build/Zoo.props", files);
        Assert.Contains("buildTransitive/Zoo.props", files);
        Assert.Contains("lib/net10.0/Zoo.pdb", Files("Zoo", "snupkg"));
        var specs = Directory.EnumerateFiles(RepoPaths.Of("model-specs"), "*.zoo.json", SearchOption.AllDirectories)
            .Select(f => "specs/" + Path.GetRelativePath(RepoPaths.Of("model-specs"), f).Replace('\\', '/'));
        Assert.All(specs, spec => Assert.Contains(spec, files));
        if (File.Exists(RepoPaths.Of("node_modules", "plotly.js-dist-min", "plotly.min.js")))
            Assert.Contains("contentFiles/any/any/plotly/plotly.min.js", files);

        var dependencies = Dependencies(Metadata("Zoo")).ToList();
        Assert.Contains("Zoo.Torch", dependencies);
        Assert.DoesNotContain("Zoo.Generator", dependencies);
    }

    [Fact]
    public void Zoo_Generator_is_an_analyzer_with_its_build_files_and_the_spec_schema_and_nothing_to_reference()
    {
        var files = Files("Zoo.Generator");
        Assert.Contains("analyzers/dotnet/cs/Zoo.Generator.dll", files);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/Zoo.Generator.props", files);
            Assert.Contains($"{folder}/Zoo.Generator.targets", files);
        }
        Assert.Contains("schema/zoo-spec.schema.json", files);
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal));

        var metadata = Metadata("Zoo.Generator");
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.Empty(Dependencies(metadata));
    }
}
