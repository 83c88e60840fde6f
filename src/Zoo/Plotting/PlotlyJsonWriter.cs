using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zoo.Plotting;

/// <summary>
/// Writes Plotly JSON deterministically: properties in a fixed order, numbers in the invariant shortest round-trip
/// form, NaN and infinities as null (Plotly draws a gap), and HTML-sensitive characters escaped so the JSON can sit
/// inside a &lt;script&gt; element.
/// </summary>
internal sealed class PlotlyJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    private readonly MemoryStream buffer = new();

    public PlotlyJsonWriter() => Json = new Utf8JsonWriter(buffer, Options);

    public Utf8JsonWriter Json { get; }

    public override string ToString()
    {
        Json.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Dispose()
    {
        Json.Dispose();
        buffer.Dispose();
    }

    public void Number(string name, double? value)
    {
        if (value is not { } v) return;
        Json.WritePropertyName(name);
        Number(v);
    }

    public void Number(double value)
    {
        if (value == 0) value = 0; // no "-0" in the output
        if (double.IsFinite(value)) Json.WriteNumberValue(value);
        else Json.WriteNullValue();
    }

    public void String(string name, string? value)
    {
        if (value is not null) Json.WriteString(name, value);
    }

    public void Bool(string name, bool? value)
    {
        if (value is { } v) Json.WriteBoolean(name, v);
    }

    /// <summary>A title as Plotly 2+ wants it: an object with the text.</summary>
    public void Title(string name, string? text)
    {
        if (text is null) return;
        Json.WriteStartObject(name);
        Json.WriteString("text", text);
        Json.WriteEndObject();
    }

    /// <summary>An array of numbers or strings (the values of an axis).</summary>
    public void Values(string name, PlotValues? values)
    {
        if (values is null) return;
        Json.WriteStartArray(name);
        if (values.Numbers is { } numbers)
            foreach (var v in numbers) Number(v);
        else
            foreach (var s in values.Labels!) Json.WriteStringValue(s);
        Json.WriteEndArray();
    }

    public void Strings(string name, IReadOnlyList<string>? values)
    {
        if (values is null) return;
        Json.WriteStartArray(name);
        foreach (var s in values) Json.WriteStringValue(s);
        Json.WriteEndArray();
    }

    public void Matrix(string name, double[,] values)
    {
        Json.WriteStartArray(name);
        for (int r = 0; r < values.GetLength(0); r++)
        {
            Json.WriteStartArray();
            for (int c = 0; c < values.GetLength(1); c++) Number(values[r, c]);
            Json.WriteEndArray();
        }
        Json.WriteEndArray();
    }
}

/// <summary>The values along one axis of a trace: numbers, or category labels.</summary>
public sealed class PlotValues
{
    private PlotValues(IReadOnlyList<double>? numbers, IReadOnlyList<string>? labels)
    {
        Numbers = numbers;
        Labels = labels;
    }

    public IReadOnlyList<double>? Numbers { get; }
    public IReadOnlyList<string>? Labels { get; }
    public int Count => Numbers?.Count ?? Labels!.Count;

    public static implicit operator PlotValues(double[] numbers) => new(numbers, null);
    public static implicit operator PlotValues(float[] numbers) => new(numbers.Select(v => (double)v).ToArray(), null);
    public static implicit operator PlotValues(int[] numbers) => new(numbers.Select(v => (double)v).ToArray(), null);
    public static implicit operator PlotValues(long[] numbers) => new(numbers.Select(v => (double)v).ToArray(), null);
    public static implicit operator PlotValues(List<double> numbers) => new(numbers.ToArray(), null);
    public static implicit operator PlotValues(string[] labels) => new(null, labels);
    public static implicit operator PlotValues(List<string> labels) => new(null, labels.ToArray());

    public static PlotValues Of(IEnumerable<double> numbers) => new(numbers.ToArray(), null);
    public static PlotValues Of(IEnumerable<string> labels) => new(null, labels.ToArray());
}
