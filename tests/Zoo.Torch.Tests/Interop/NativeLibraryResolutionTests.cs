using Zoo.Torch.Interop;

namespace Zoo.Torch.Tests.Interop;

/// <summary>The runtime asks the loader for the shim again for every P/Invoke it binds: only the first request configures it.</summary>
[Collection(ProcessWideStateCollection.Name)]
public class NativeLibraryResolutionTests
{
    [Fact]
    public void Binding_another_native_function_keeps_the_thread_count_the_user_set()
    {
        int before = torch.get_num_threads();
        int chosen = Environment.ProcessorCount == 1 ? 2 : 1; // anything but the count the loader sets
        try
        {
            torch.set_num_threads(chosen);
            // What the runtime does when it binds a P/Invoke it has not called yet: it runs the resolver.
            var first = NativeLibraryLoader.Resolve(NativeLibraryLoader.LibraryName, typeof(torch).Assembly, null);
            var second = NativeLibraryLoader.Resolve(NativeLibraryLoader.LibraryName, typeof(torch).Assembly, null);

            Assert.Equal(first, second);
            Assert.Equal(chosen, torch.get_num_threads());
        }
        finally
        {
            torch.set_num_threads(before);
        }
    }
}
