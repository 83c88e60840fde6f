using System.CommandLine;
using Zoo.Cli.Models;
using Zoo.Cli.Scaffolding;
using Zoo.IO;

namespace Zoo.Cli.Commands;

/// <summary>
/// <c>zoo new &lt;BlockName&gt; [--dir folder]</c>: writes the skeleton of a new block's spec (every section, with a
/// placeholder that builds) to <c>model-specs/blocks/</c> of the repository, or to a folder of the user's, and says
/// what to do next. Never overwrites a file, and refuses a name the catalog already has.
/// </summary>
public static class NewCommand
{
    public static Command Create() => Create(ModelBinder.Default);

    public static Command Create(ModelBinder binder)
    {
        var name = new Argument<string>("BlockName") { Description = "The block's name: PascalCase, the C# class it becomes (MyGate)." };
        name.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (text.StartsWith('-')) result.AddError($"unknown command or option '{text}'");
            else if (!SpecScaffold.NamePattern().IsMatch(text)) result.AddError($"'{text}' is not a spec name: PascalCase letters, digits and '_' (MyGate)");
            else if (binder.Catalog.FirstOrDefault(e => string.Equals(e.Name, text, StringComparison.OrdinalIgnoreCase)) is { } taken)
                result.AddError($"the zoo already has a model named {taken.Name} (model-specs/{taken.SpecPath}); choose another name");
        });
        var folder = new Option<string?>("--dir")
        {
            Description = "The folder to write the spec to (default: model-specs/blocks of the repository around the current folder).",
            HelpName = "folder",
        };
        var command = new Command("new", "Scaffold the spec of a new block: every section, a placeholder that builds, and the next steps.") { name, folder };
        CommandAction.Set(command, async (parsed, console) =>
        {
            var blockName = parsed.GetValue(name)!;
            var specRoot = SpecFolders.FindSpecRoot(Directory.GetCurrentDirectory());
            var target = parsed.GetValue(folder)
                ?? (specRoot is not null ? Path.Combine(specRoot, "blocks")
                    : throw new UsageException("not inside the zoo's repository (no model-specs/ above this folder); give the folder with --dir"));
            var path = Path.Combine(target, SpecScaffold.FileName(blockName));
            if (File.Exists(path)) throw new UsageException($"'{path}' already exists; choose another name or move it away");
            Directory.CreateDirectory(target);
            var schemaRoot = SpecFolders.FindSpecRoot(target) ?? specRoot;
            AtomicFile.WriteAllText(path, SpecScaffold.Render(blockName, SpecFolders.SchemaReference(target, schemaRoot)));

            bool inZoo = schemaRoot is not null && Path.GetFullPath(path).StartsWith(Path.GetFullPath(schemaRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var stem = SpecScaffold.FileName(blockName)[..^".zoo.json".Length].Replace('-', '_');
            await console.Output.WriteLineAsync($"Wrote {path}: a placeholder channel gate that builds as it is.").ConfigureAwait(false);
            await console.Output.WriteLineAsync("Next:").ConfigureAwait(false);
            var steps = inZoo
                ? new[]
                {
                    "Replace each section with the paper's block (docs/spec-language.md; blocks/se.zoo.json and blocks/danet-pam.zoo.json are good models).",
                    $"Write its PyTorch reference from the paper, tests/reference/blocks/{stem}.py, with the spec's hyperparameter names and state_dict keys.",
                    "Build: dotnet build src/Zoo (each ZOO diagnostic points at the line to fix).",
                    "Accept the generator snapshot once: ZOO_ACCEPT_SNAPSHOTS=1 dotnet test tests/Zoo.Generator.Tests; read the new .verified.cs; commit both.",
                    $"Add a parity test like tests/Zoo.Tests/Blocks/SeTests.cs, then: zoo describe {blockName}.",
                }
                : new[]
                {
                    "Replace each section with your block (the spec language: docs/spec-language.md in the zoo's repository).",
                    "Reference the Zoo package from a project in or above this folder: every **/*.zoo.json below the project becomes a module at build time.",
                    $"Build with dotnet build: the class is Zoo.Blocks.{blockName} (the spec's \"namespace\" changes it), with a catalog entry.",
                };
            for (int i = 0; i < steps.Length; i++) await console.Output.WriteLineAsync($"  {i + 1}. {steps[i]}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
