using System.Text;

namespace Zoo.Cli.Output;

/// <summary>Wraps prose to a width, indenting continuation lines.</summary>
public static class Wrap
{
    public const int Width = 100;

    public static string Text(string text, int width = Width, string indent = "")
    {
        var result = new StringBuilder();
        var line = new StringBuilder(indent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > width)
            {
                result.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(indent);
            }
            if (line.Length > indent.Length) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > indent.Length) result.Append(line).Append('\n');
        return result.ToString();
    }
}
