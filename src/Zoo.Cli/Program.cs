using Zoo.Cli;
using Zoo.Cli.Commands;

// The commands of `zoo`, one file each under Commands/; add a command by adding its file and one line here.
var exitCode = await ZooCommandLine.RunAsync(args, Console.Out, Console.Error,
    ListCommand.Create(),
    DescribeCommand.Create(),
    SummaryCommand.Create(),
    TrainCommand.Create(),
    EvalCommand.Create(),
    CompareCommand.Create(),
    BenchCommand.Create(),
    NewCommand.Create(),
    NotebookCommand.Create());

if (AbandonedWork.Any) AbandonedWork.ExitNow(exitCode);
return exitCode;
