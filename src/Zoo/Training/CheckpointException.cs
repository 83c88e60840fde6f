namespace Zoo.Training;

/// <summary>A checkpoint cannot be used: missing, corrupt, not a Zoo checkpoint, or saved from another model or optimizer.</summary>
public sealed class CheckpointException : Exception
{
    public CheckpointException(string message, Exception? inner = null) : base(message, inner) { }
}
