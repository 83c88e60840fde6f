namespace Zoo.Generator.Model;

/// <summary>
/// What the catalog says about one spec: identity, docs, hyperparameters, shapes, presets, examples. Built from the
/// module model but smaller, so that editing a spec's forward or children leaves the catalog untouched.
/// </summary>
internal sealed record CatalogEntryModel(
    string Namespace,
    string ClassName,
    SpecKind Kind,
    string RelativePath,
    SpecDocs Docs,
    EquatableArray<HyperparameterModel> Hyperparameters,
    EquatableArray<InputModel> Inputs,
    EquatableArray<string> OutputShapes,
    int Outputs,
    EquatableArray<PresetModel> Presets,
    EquatableArray<ExampleModel> Examples)
{
    public string Clr => "global::" + Namespace + "." + ClassName;

    public static CatalogEntryModel From(ModuleModel module) => new(
        module.Namespace,
        module.ClassName,
        module.Kind,
        module.RelativePath,
        module.Docs,
        module.Hyperparameters,
        module.Forward.Inputs,
        module.Forward.OutputShapes,
        module.Forward.Outputs,
        module.Presets,
        module.Examples);
}

/// <summary>The catalog of one compilation: its namespace and every spec's entry, in a stable order.</summary>
internal sealed record CatalogModel(string Namespace, EquatableArray<CatalogEntryModel> Entries);
