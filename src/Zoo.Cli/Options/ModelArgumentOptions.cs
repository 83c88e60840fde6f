using System.CommandLine;
using System.CommandLine.Parsing;
using Zoo.Cli.Models;

namespace Zoo.Cli.Options;

/// <summary>
/// <c>--arg name=value</c>, repeatable: hyperparameters of the model in the spec language's syntax
/// (<c>--arg reduction=8</c>, <c>--arg attention="Se(reduction: 8)"</c>, <c>--arg layers=[2,2,2,2]</c>).
/// </summary>
public static class ModelArgumentOptions
{
    public static Option<NamedValue[]> Create() => new("--arg")
    {
        Description = "A hyperparameter of the model, name=value (repeatable): --arg reduction=8, --arg attention=\"Cbam(kernel_size: 3)\".",
        HelpName = "name=value",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => Array.Empty<NamedValue>(),
        CustomParser = Parse,
    };

    private static NamedValue[] Parse(ArgumentResult result)
    {
        var values = new List<NamedValue>();
        foreach (var token in result.Tokens)
        {
            try
            {
                values.Add(ValueParser.ParseArgument(token.Value));
            }
            catch (UsageException e)
            {
                result.AddError(e.Message);
                return Array.Empty<NamedValue>();
            }
        }
        return values.ToArray();
    }
}
