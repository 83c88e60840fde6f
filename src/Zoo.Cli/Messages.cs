namespace Zoo.Cli;

/// <summary>An exception's message as one line for the terminal.</summary>
public static class Messages
{
    /// <summary>
    /// The first line of the message, without the " (Parameter 'x')" an <see cref="ArgumentException"/> appends (the
    /// zoo's messages name the hyperparameter themselves).
    /// </summary>
    public static string Of(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentException { ParamName: { } name } && message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal))
            message = message[..^$" (Parameter '{name}')".Length];
        return message.Split('\n')[0].Trim();
    }
}
