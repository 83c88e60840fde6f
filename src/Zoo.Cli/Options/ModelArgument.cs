using System.CommandLine;
using System.CommandLine.Parsing;
using Zoo.Cli.Models;

namespace Zoo.Cli.Options;

/// <summary>
/// Model arguments: names from the catalog, optionally with hyperparameters and a label
/// (<c>resnet20</c>, <c>"gc=resnet20(attention: GlobalContext)"</c>). An unknown name is a parse error that suggests
/// the closest names.
/// </summary>
public static class ModelArgument
{
    public static Argument<ModelRequest> One(string description, ModelBinder binder) => new("model")
    {
        Description = description,
        CustomParser = result => Parse(result, binder).FirstOrDefault()!,
    };

    public static Argument<ModelRequest[]> Many(string description, ModelBinder binder, ArgumentArity arity) => new("models")
    {
        Description = description,
        Arity = arity,
        CustomParser = result => Parse(result, binder),
    };

    /// <summary>
    /// Checks, while parsing, that every model takes the <c>--arg</c> hyperparameters and its own, with values of
    /// the right types, so that a mistake is reported before any data is read.
    /// </summary>
    public static void CheckArguments(Command command, Func<System.CommandLine.Parsing.CommandResult, IEnumerable<ModelRequest>> models,
        Option<NamedValue[]> arguments, ModelBinder binder)
    {
        command.Validators.Add(result =>
        {
            // Models or --arg values that did not parse are reported by the parser already.
            if (!OptionChecks.Parsed(() => result.GetValue(arguments), out var extra) || !OptionChecks.Parsed(() => models(result).ToList(), out var requests)) return;
            foreach (var request in requests)
            {
                try
                {
                    var model = request.With(extra ?? Array.Empty<NamedValue>()).Model;
                    binder.Bind(binder.Find(model.Name), model.ArgumentsOrEmpty);
                }
                catch (UsageException e)
                {
                    result.AddError(e.Message);
                    return;
                }
            }
        });
    }

    private static ModelRequest[] Parse(ArgumentResult result, ModelBinder binder)
    {
        var requests = new List<ModelRequest>();
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-'))
            {
                result.AddError($"unknown command or option '{token.Value}'");
                return Array.Empty<ModelRequest>();
            }
            try
            {
                var request = ModelRequest.Parse(token.Value);
                binder.Find(request.Model.Name);
                requests.Add(request);
            }
            catch (UsageException e)
            {
                result.AddError(e.Message);
                return Array.Empty<ModelRequest>();
            }
        }
        return requests.ToArray();
    }
}
