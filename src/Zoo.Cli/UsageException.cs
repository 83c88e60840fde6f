namespace Zoo.Cli;

/// <summary>
/// Something the user typed cannot be used (an unknown model, a malformed <c>--arg</c>, a missing file): the message
/// is one line that says what and, where it can, what was probably meant.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
