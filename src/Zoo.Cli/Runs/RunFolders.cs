namespace Zoo.Cli.Runs;

/// <summary>Where runs go by default, named after their model or data: <c>runs/resnet20</c>, <c>reports/compare-fashion-mnist</c>.</summary>
public static class RunFolders
{
    /// <summary>A folder name from a label: letters, digits, '-', '_' and '.' kept, any run of other characters one '_'.</summary>
    public static string SafeName(string label)
    {
        var name = new System.Text.StringBuilder();
        foreach (var c in label)
        {
            var kept = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_';
            if (kept != '_' || name.Length == 0 || name[^1] != '_') name.Append(kept);
        }
        return name.ToString().Trim('_');
    }
}
