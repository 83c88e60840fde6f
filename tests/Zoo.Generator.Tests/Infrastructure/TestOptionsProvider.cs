using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Zoo.Generator.Tests.Infrastructure;

/// <summary>
/// The MSBuild properties the generator reads (ZooSpecRoot, RootNamespace) and the AdditionalFiles item metadata
/// (ZooReferenceOnly), as the compiler would pass them.
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options global;
    private readonly IReadOnlyDictionary<string, Options> files;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null)
    {
        global = new Options(properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));
        files = (fileMetadata ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()).ToDictionary(
            f => f.Key,
            f => new Options(f.Value.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value)));
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => files.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> values;

        public Options(ImmutableDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
