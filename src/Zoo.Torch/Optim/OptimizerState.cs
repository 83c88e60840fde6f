namespace Zoo.Torch;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// An optimizer's state for a checkpoint: tensors under PyTorch-like keys (<c>state.3.exp_avg</c>) and string
        /// metadata (the optimizer type and the groups' options as JSON), the two halves of a safetensors file:
        /// <c>SafeTensors.Save(state.tensors, path, state.metadata)</c>. Disposing it frees its tensor handles.
        /// </summary>
        public sealed class OptimizerState : IDisposable
        {
            public OptimizerState(Dictionary<string, Tensor> tensors, Dictionary<string, string> metadata)
            {
                this.tensors = tensors ?? throw new ArgumentNullException(nameof(tensors));
                this.metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
            }

            public Dictionary<string, Tensor> tensors { get; }

            public Dictionary<string, string> metadata { get; }

            public void Deconstruct(out Dictionary<string, Tensor> tensors, out Dictionary<string, string> metadata)
            {
                tensors = this.tensors;
                metadata = this.metadata;
            }

            public void Dispose()
            {
                foreach (var t in tensors.Values) t.Dispose();
            }
        }
    }
}
