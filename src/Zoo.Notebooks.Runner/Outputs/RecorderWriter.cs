using System.Text;

namespace Zoo.Notebooks.Runner.Outputs;

/// <summary>A <see cref="TextWriter"/> that turns what a cell writes to the console into stream outputs.</summary>
internal sealed class RecorderWriter(OutputRecorder recorder, string stream) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => recorder.Write(stream, value.ToString());

    public override void Write(string? value)
    {
        if (value is not null) recorder.Write(stream, value);
    }

    public override void Write(char[] buffer, int index, int count) => recorder.Write(stream, new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => recorder.Write(stream, new string(buffer));

    public override void WriteLine(string? value) => recorder.Write(stream, (value ?? "") + "\n");

    public override void WriteLine() => recorder.Write(stream, "\n");
}
