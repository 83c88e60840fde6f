using System.Collections.Generic;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Semantics.Evaluation;
using Zoo.Generator.Semantics.Shapes;

namespace Zoo.Generator.Semantics;

/// <summary>The section of a spec an expression belongs to: it decides which names and ops are allowed.</summary>
internal enum Section
{
    /// <summary>A default, a preset or example argument: literals, lists, block references.</summary>
    Value,
    /// <summary>A derived value ("let") or a constraint operand: numbers over hyperparameters.</summary>
    Let,
    /// <summary>The initial value of a parameter or buffer.</summary>
    Create,
    /// <summary>A child: layers, other specs, block references completed at the use site.</summary>
    Child,
    /// <summary>An "init" statement re-initialising a parameter in place.</summary>
    Init,
    /// <summary>A forward statement.</summary>
    Forward,
}

/// <summary>What every part of checking one spec shares: the spec, the index, the diagnostics, inferred shapes.</summary>
internal sealed class CheckerState
{
    private readonly List<SpecDiagnostic> diagnostics = new();

    public CheckerState(SpecSyntax spec, SpecIndex index, SpecSignature self)
    {
        Spec = spec;
        Index = index;
        Self = self;
        Evaluator = new Evaluator(index);
    }

    public SpecSyntax Spec { get; }

    public SpecIndex Index { get; }

    public SpecSignature Self { get; }

    public Evaluator Evaluator { get; }

    public string ClassName => Spec.Name.Value;

    public string ClassClr => Self.Clr;

    /// <summary>The spec's own names (hyperparameters, constants, derived values, parameters, buffers, children).</summary>
    public Scope Members { get; } = new(null);

    /// <summary>Inferred shapes of tensor-valued bound expressions (by reference: the same text at two places may differ).</summary>
    public Dictionary<BoundExpr, Shape> Shapes { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The examples' concrete values of every int name (hyperparameters, derived values, shape symbols).</summary>
    public List<ExampleEnvironment> Examples { get; } = new();

    /// <summary>
    /// How deep in code that an example may not run the checker is (an if's branch, a loop's body, a branch of ?:).
    /// There an example's values prove nothing: only example-independent proofs (constants, ranks) are reported.
    /// </summary>
    public int ConditionalDepth { get; set; }

    /// <summary>The examples whose values may be used to prove a shape wrong here.</summary>
    public IEnumerable<ExampleEnvironment> ApplicableExamples => ConditionalDepth == 0 ? Examples : System.Linq.Enumerable.Empty<ExampleEnvironment>();

    /// <summary>Runs <paramref name="action"/> as code that an example may not run.</summary>
    public T Conditionally<T>(System.Func<T> action)
    {
        ConditionalDepth++;
        try
        {
            return action();
        }
        finally
        {
            ConditionalDepth--;
        }
    }

    public IReadOnlyList<SpecDiagnostic> Diagnostics => diagnostics;

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticKind kind, SourceRange range, params string[] arguments)
    {
        var diagnostic = SpecDiagnostic.Create(kind, Spec.Path, range, arguments);
        if (DiagnosticCatalog.OfId(diagnostic.Id)?.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) HasErrors = true;
        diagnostics.Add(diagnostic);
    }
}

/// <summary>One example's values: a label for messages ("#1 (channels: 64)") and every int name's value.</summary>
internal sealed class ExampleEnvironment
{
    public ExampleEnvironment(string label, Dictionary<string, long> values)
    {
        Label = label;
        Values = values;
    }

    public string Label { get; }

    public Dictionary<string, long> Values { get; }
}

/// <summary>Compares by reference (netstandard2.0 lacks System.Collections.Generic.ReferenceEqualityComparer).</summary>
internal sealed class ReferenceEqualityComparer : IEqualityComparer<object>
{
    public static readonly ReferenceEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
