using System.Diagnostics;

namespace Zoo.Bench;

/// <summary>Starts this bench program again as a child (a worker, a memory probe), whether it runs as an apphost or under <c>dotnet</c>.</summary>
public static class ThisProgram
{
    public static ProcessStartInfo With(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(ThisProgram).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }
}
