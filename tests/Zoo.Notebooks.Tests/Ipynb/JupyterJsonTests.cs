using System.Diagnostics;
using Zoo.Notebooks.Runner.Ipynb;

namespace Zoo.Notebooks.Tests.Ipynb;

public sealed class JupyterJsonTests
{
    private const string Tricky = """
        {"z": 1, "a": {"y": [1, 2.5, -3e-05, 1e+100, true, false, null], "b": {}}, "list": [],
         "text": "quote \" backslash \\ tab \t cr \r nl \n bell \u0007 del \u007f é 日本 😀 </script> & <b>",
         "nested": [{"k": "v"}, []]}
        """;

    [Fact]
    public void Writes_json_byte_for_byte_as_python_json_dumps_with_jupyters_settings()
    {
        // nbformat writes json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) plus a newline.
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import json,sys; sys.stdout.reconfigure(encoding='utf-8'); " +
                               "sys.stdout.write(json.dumps(json.loads(sys.stdin.buffer.read().decode('utf-8')), sort_keys=True, indent=1, ensure_ascii=False) + '\\n')");
        using var python = Process.Start(start)!;
        python.StandardInput.Write(Tricky);
        python.StandardInput.Close();
        var expected = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        Assert.Equal(0, python.ExitCode);

        Assert.Equal(expected, JupyterJson.Write(JupyterJson.Parse(Tricky)));
    }

    [Fact]
    public void Numbers_keep_the_text_they_were_written_with_where_python_would_reformat_them()
    {
        Assert.Equal("[\n 1.0,\n 2.50,\n 1e-07\n]\n", JupyterJson.Write(JupyterJson.Parse("[1.0, 2.50, 1e-07]")));
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("one", new[] { "one" })]
    [InlineData("one\n", new[] { "one\n" })]
    [InlineData("one\ntwo", new[] { "one\n", "two" })]
    [InlineData("\n\nx\n", new[] { "\n", "\n", "x\n" })]
    public void Multiline_text_is_stored_as_lines_that_keep_their_newlines(string text, string[] lines)
    {
        var stored = MultilineText.ToLines(text);
        Assert.Equal(lines, stored.Select(l => l!.GetValue<string>()));
        Assert.Equal(text, MultilineText.Read(stored));
    }
}
