using System.Globalization;
using Zoo.Data;

namespace Zoo.Cli.Models;

/// <summary>
/// A model as the command line names it: a label for reports and checkpoint folders, and its text
/// (<c>resnet20(attention: GlobalContext)</c>): a catalog name with hyperparameters.
/// </summary>
public sealed record ModelRequest(string Label, NameSyntax Model)
{
    /// <summary>"gc=resnet20(attention: GlobalContext)", "resnet20" (labelled by its own text).</summary>
    public static ModelRequest Parse(string text)
    {
        var (label, model) = ValueParser.ParseModel(text);
        return new ModelRequest(label ?? model.ToString(), model);
    }

    /// <summary>The same model with <c>--arg</c> values added.</summary>
    public ModelRequest With(IReadOnlyList<NamedValue> arguments) =>
        arguments.Count == 0 ? this : this with { Model = Model.With(arguments) };

    /// <summary>
    /// The same model with the hyperparameters a data set decides, where the model takes them and they are not
    /// given: <c>in_channels</c> (1 for Fashion-MNIST) and <c>num_classes</c> (10; 11 for CamVid).
    /// </summary>
    public ModelRequest For(Dataset data, ModelBinder binder)
    {
        var entry = binder.Find(Model.Name);
        var given = Model.ArgumentsOrEmpty.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var implied = new List<NamedValue>();
        void Imply(string name, int value)
        {
            if (ModelBinder.Takes(entry, name) && !given.Contains(name))
                implied.Add(new NamedValue(name, new NumberSyntax(value.ToString(CultureInfo.InvariantCulture))));
        }
        Imply("in_channels", data.Shape.Channels);
        Imply("num_classes", data.NumClasses);
        return With(implied);
    }
}
