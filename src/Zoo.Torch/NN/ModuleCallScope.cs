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

            /// <summary>The scope <c>call</c> runs forward in: a fresh one when <see cref="FreesIntermediates{TResult}"/>, else none.</summary>
            internal TemporaryScope CallScope<TResult>()
            {
                if (!FreesIntermediates<TResult>()) return default;
                var scope = NewDisposeScope();
                scope.CallOwner = this;
                return new(scope);
            }

            /// <summary>
            /// A scope for one statement of forward that frees the statement's temporaries when it ends, all but the
            /// result it keeps: <c>using (var t = Temporaries()) y = t.Keep(relu(bn(conv(x))));</c> frees the
            /// convolution's and the batch norm's outputs at once (the generated modules write every tensor statement
            /// so). It frees nothing while this module or a descendant has hooks. Run directly in this module's call, it
            /// may also free the values of forward's variables at their last reads (see <see cref="TemporaryScope"/>).
            /// </summary>
            protected TemporaryScope Temporaries()
            {
                if (HooksInSubtree()) return default;
                var current = DisposeScope.Current;
                var call = current is not null && ReferenceEquals(current.CallOwner, this) ? current : null;
                return new(NewDisposeScope(), call);
            }

            internal virtual bool HasOwnHooks => false;

            internal static void HooksChanged() => Interlocked.Increment(ref hookGeneration);

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

        /// <summary>Which forward results <c>call</c> can hand from its scope to the caller's.</summary>
        private static class CallResult<TResult>
        {
            public static readonly bool CanMoveOut = IsTensors(typeof(TResult));

            private static bool IsTensors(Type type) =>
                typeof(Tensor).IsAssignableFrom(type) || type == typeof(Tensor[]) ||
                (typeof(ITuple).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().All(IsTensors));
        }
    }
}
