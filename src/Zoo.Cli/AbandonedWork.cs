using System.Runtime.InteropServices;

namespace Zoo.Cli;

/// <summary>
/// Work a command had to give up on but could not stop: a notebook cell past its time limit keeps running on its
/// thread. Ending the process normally then runs libtorch's static destructors under that thread's feet (a crash at
/// exit); <see cref="ExitNow"/> ends it at once instead, with the command's exit code.
/// </summary>
public static partial class AbandonedWork
{
    private static volatile bool any;

    /// <summary>True once a command has left work running.</summary>
    public static bool Any => any;

    public static void Report() => any = true;

    /// <summary>Flushes the console and ends the process with <paramref name="exitCode"/>, running nothing more.</summary>
    public static void ExitNow(int exitCode)
    {
        Console.Out.Flush();
        Console.Error.Flush();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) Exit(exitCode);
        Environment.Exit(exitCode);
    }

    [LibraryImport("libc", EntryPoint = "_exit")]
    private static partial void Exit(int status);
}
