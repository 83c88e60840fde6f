using System;
using System.Text;

namespace Zoo.Generator.Emit;

/// <summary>
/// The one writer all generated C# goes through: four-space indentation, LF line ends on every platform (generated
/// files are compared byte for byte with snapshots), no trailing whitespace.
/// </summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder builder = new();
    private int depth;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0) builder.Append(' ', depth * 4).Append(text);
        builder.Append('\n');
        return this;
    }

    /// <summary>Writes "{" and indents until the returned scope is disposed, which writes "}" (plus an optional suffix).</summary>
    public IDisposable Block(string? header = null, string closing = "}")
    {
        if (header is not null) Line(header);
        Line("{");
        depth++;
        return new Scope(this, closing);
    }

    public IDisposable Indent()
    {
        depth++;
        return new Scope(this, null);
    }

    /// <summary>A /// comment, one line per line of text.</summary>
    public IndentedWriter Doc(string text)
    {
        foreach (var line in text.Split('\n')) Line(line.Length == 0 ? "///" : "/// " + line);
        return this;
    }

    /// <summary>How many characters have been written.</summary>
    public int Length => builder.Length;

    /// <summary>Drops what was written after <paramref name="length"/> characters (a section that turned out empty).</summary>
    public void Truncate(int length) => builder.Length = length;

    public override string ToString() => builder.ToString();

    private sealed class Scope : IDisposable
    {
        private readonly IndentedWriter writer;
        private readonly string? closing;
        private bool disposed;

        public Scope(IndentedWriter writer, string? closing)
        {
            this.writer = writer;
            this.closing = closing;
        }

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            writer.depth--;
            if (closing is not null) writer.Line(closing);
        }
    }
}
