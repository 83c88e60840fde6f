using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Zoo.Notebooks.Runner.Outputs;

namespace Zoo.Notebooks.Runner.Execution;

/// <summary>
/// Failures as Jupyter <c>error</c> outputs. Traces keep the frames of the notebook's code and of the libraries it
/// called, without the runner's own frames and without source paths, so the same failure always reads the same.
/// </summary>
public static partial class ErrorOutputs
{
    /// <summary>An exception thrown while a cell ran.</summary>
    public static ErrorOutput From(Exception exception)
    {
        exception = Unwrap(exception);
        var traceback = new List<string> { $"{exception.GetType().FullName}: {exception.Message}" };
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
            traceback.Add($" ---> {inner.GetType().FullName}: {inner.Message}");
        traceback.AddRange(Frames(exception));
        return new ErrorOutput(exception.GetType().Name, exception.Message, traceback);
    }

    /// <summary>A cell that did not compile: every error, with its line and column in the cell.</summary>
    public static ErrorOutput From(IEnumerable<Diagnostic> errors)
    {
        var lines = errors.Select(Describe).ToList();
        return new ErrorOutput("CompilationError", lines.Count == 1 ? lines[0] : $"{lines[0]} (and {lines.Count - 1} more)", lines);
    }

    /// <summary>A cell that was refused before it ran, or that ran out of time.</summary>
    public static ErrorOutput From(string name, string message) => new(name, message, new[] { $"{name}: {message}" });

    /// <summary>A compiler diagnostic as <c>(line,column): error CS0103: message</c>, positions counted in the cell.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        var where = diagnostic.Location.IsInSource ? $"({position.Line + 1},{position.Character + 1}): " : "";
        return $"{where}{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    e = inner;
                    continue;
                case AggregateException aggregate when aggregate.InnerExceptions.Count == 1:
                    e = aggregate.InnerExceptions[0];
                    continue;
                default:
                    return e;
            }
        }
    }

    private static IEnumerable<string> Frames(Exception exception)
    {
        foreach (var raw in (exception.StackTrace ?? "").Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Contains("Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal) ||
                line.Contains("Zoo.Notebooks.Runner.", StringComparison.Ordinal)) yield break;
            if (line.TrimStart().StartsWith("--- End of stack trace", StringComparison.Ordinal) || line.Trim().Length == 0) continue;
            yield return SourcePosition().Replace(line, "");
        }
    }

    [GeneratedRegex(@" in .*:line \d+$")]
    private static partial Regex SourcePosition();
}
