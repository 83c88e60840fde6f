using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Zoo.Generator.Parsing.Expressions;

namespace Zoo.Generator.Semantics;

/// <summary>
/// Which names a spec may use. Spec names become C# classes and every other name a C# member, local or parameter, so
/// a name must be an identifier that cannot collide with what the generated class inherits or declares itself.
/// </summary>
internal static class NameRules
{
    /// <summary>C# keywords: allowed in specs (PyTorch code uses names like <c>in</c>), written with '@' in C#.</summary>
    public static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// Members a generated module inherits (torch.nn.Module's API, object's) or declares (forward, Block, the catalog
    /// hooks): a hyperparameter, child or preset with one of these names would hide or clash with it.
    /// </summary>
    public static readonly HashSet<string> ReservedMembers = new(StringComparer.Ordinal)
    {
        // torch.nn.Module<T, TResult> and its bases (a test keeps this list equal to the binding's).
        "forward", "call", "register_module", "register_parameter", "register_buffer", "RegisterComponents",
        "named_parameters", "parameters", "named_buffers", "buffers", "named_children", "children", "named_modules",
        "modules", "get_submodule", "get_parameter", "get_buffer", "state_dict", "load_state_dict", "train", "eval",
        "training", "zero_grad", "apply", "GetName", "extra_repr", "OnMoved", "register_forward_hook",
        "register_forward_pre_hook", "Dispose", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone",
        "Finalize", "ReferenceEquals", "Temporaries", "FreesIntermediates",
        // Extension methods of every module, which a member of the same name would hide.
        "to", "cpu", "cuda",
        // Generated on every module.
        "Block", "Create",
    };

    /// <summary>Names with a meaning of their own in expressions.</summary>
    public static readonly HashSet<string> Builtins = new(StringComparer.Ordinal) { "training", "inf", "pi" };

    /// <summary>Null when the name is fine for a member/local; otherwise why not.</summary>
    public static string? ProblemWithMemberName(string name, string className)
    {
        var syntax = ProblemWithIdentifier(name);
        if (syntax is not null) return syntax;
        if (ReservedMembers.Contains(name)) return "the generated module already has a member with this name (torch.nn.Module's API); choose another";
        if (Builtins.Contains(name)) return "it is a built-in name of the spec language (training, inf, pi)";
        if (name == className) return "a member cannot have the name of its class";
        return null;
    }

    /// <summary>Null when the name is a valid identifier of the spec language.</summary>
    public static string? ProblemWithIdentifier(string name)
    {
        if (name.Length == 0) return "a name cannot be empty";
        if (!char.IsLetter(name[0]) || name[0] > 127) return "a name starts with an ASCII letter (names beginning with '_' are kept for generated code)";
        foreach (var c in name)
            if (c > 127 || !(char.IsLetterOrDigit(c) || c == '_'))
                return $"a name has only ASCII letters, digits and '_' ('{c}' is not allowed)";
        if (ExpressionParser.IsKeyword(name)) return "it is a keyword of the spec language (true, false, null, for, in, return)";
        return null;
    }

    /// <summary>Null when the spec name is fine as a C# class name.</summary>
    public static string? ProblemWithSpecName(string name)
    {
        var syntax = ProblemWithIdentifier(name);
        if (syntax is not null) return syntax;
        if (!char.IsUpper(name[0])) return "a spec name is a C# class name and starts with an upper-case letter (PascalCase, for example \"Cbam\")";
        if (CSharpKeywords.Contains(name)) return "it is a C# keyword";
        if (name is "Zoo" or "System" or "Global" or "Microsoft") return "it would hide a namespace the generated code uses";
        return null;
    }

    /// <summary>Null when the namespace is a dotted sequence of identifiers.</summary>
    public static string? ProblemWithNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            var problem = ProblemWithIdentifier(part);
            if (problem is not null) return $"'{part}' in the namespace: {problem}";
            if (CSharpKeywords.Contains(part)) return $"'{part}' in the namespace is a C# keyword";
        }
        return null;
    }

    /// <summary>The identifier as C# source ('@' before keywords).</summary>
    public static string Escape(string name) => CSharpKeywords.Contains(name) ? "@" + name : name;

    /// <summary>"kernel_mode" → "KernelMode" (enum types and members).</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (c == '_' || c == '-' || c == ' ')
            {
                upper = true;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.ToString();
    }

    /// <summary>Null when an enum value can become a C# enum member.</summary>
    public static string? ProblemWithEnumValue(string value)
    {
        if (value.Length == 0 || !char.IsLetter(value[0]) || value[0] > 127 || value.Any(c => c > 127 || !(char.IsLetterOrDigit(c) || c == '_' || c == '-')))
            return "an enum value starts with a letter and has only letters, digits, '_' and '-'";
        return null;
    }
}
