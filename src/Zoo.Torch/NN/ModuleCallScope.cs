using System.Runtime.CompilerServices;

namespace Zoo.Torch;

public static partial class torch
{
    public static partial class nn
    {
        public abstract partial class Module
        {
            // Bumped whenever a hook is added or removed or a child registered anywhere, so each module re-checks
            // its subtree for hooks once after a change instead of on every call.
            private static int hookGeneration;
            private int hooksCheckedAt = -1;
            private bool hooksInSubtree;

            /// <summary>
            /// True when <c>call</c> runs forward in a dispose scope of its own, so every tensor forward creates and
            /// does not return is freed as soon as forward returns, as PyTorch's reference counting frees a module's
            /// temporaries. Without it a network's temporaries would all live until the caller's scope ends: ten times
            /// PyTorch's memory for a ResNet-50 inference. Autograd keeps what backward needs through its own
            /// references, so freeing the handles never changes a gradient.
            /// </summary>
            /// <remarks>
            /// It is off while this module or a descendant has forward hooks (a hook may keep a tensor made during the
            /// call: the tensor then lives in the caller's scope, as before), and for results it cannot hand to the
            /// caller (anything but a tensor, an array of tensors or a tuple of tensors).
            /// </remarks>
            protected bool FreesIntermediates<TResult>() => CallResult<TResult>.CanMoveOut && !HooksInSubtree();

            private protected virtual bool HasOwnHooks => false;

            private protected static void HooksChanged() => Interlocked.Increment(ref hookGeneration);

            private bool HooksInSubtree()
            {
                var generation = Volatile.Read(ref hookGeneration);
                if (hooksCheckedAt == generation) return hooksInSubtree;
                var found = HasOwnHooks;
                if (!found)
                    foreach (var (_, child) in named_children())
                        if (child.HooksInSubtree())
                        {
                            found = true;
                            break;
                        }
                hooksInSubtree = found;
                hooksCheckedAt = generation;
                return found;
            }
        }

        /// <summary>Hands a forward's result from its call scope to the caller's.</summary>
        private static class CallResult<TResult>
        {
            public static readonly bool CanMoveOut = IsTensors(typeof(TResult));

            public static void MoveOut(DisposeScope scope, TResult result)
            {
                switch (result)
                {
                    case Tensor t:
                        scope.MoveToOuter(t);
                        break;
                    case Tensor[] array:
                        foreach (var t in array) scope.MoveToOuter(t);
                        break;
                    case ITuple tuple:
                        for (int i = 0; i < tuple.Length; i++)
                            if (tuple[i] is Tensor t) scope.MoveToOuter(t);
                        break;
                }
            }

            private static bool IsTensors(Type type) =>
                typeof(Tensor).IsAssignableFrom(type) || type == typeof(Tensor[]) ||
                (typeof(ITuple).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().All(IsTensors));
        }
    }
}
