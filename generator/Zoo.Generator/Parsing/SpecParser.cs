using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Zoo.Generator.Diagnostics;
using Zoo.Generator.Model;
using Zoo.Generator.Parsing.Expressions;
using Zoo.Generator.Parsing.Json;

namespace Zoo.Generator.Parsing;

/// <summary>
/// Reads one .zoo.json file into a <see cref="SpecSyntax"/>: checks the JSON's structure against the spec language
/// (the same rules as the JSON Schema, with messages that say how to fix them), and parses every expression and
/// statement string with positions inside the file. Never throws; problems become diagnostics. A spec with a structural
/// error still yields as much syntax as could be read, so that one mistake does not hide the others.
/// </summary>
internal sealed class SpecParser
{
    private readonly string path;
    private readonly SourceText source;
    private readonly List<SpecDiagnostic> diagnostics = new();
    private Dictionary<string, HyperparameterKind> hyperparameterKinds = new(StringComparer.Ordinal);

    private SpecParser(string path, SourceText source)
    {
        this.path = path;
        this.source = source;
    }

    public static (SpecSyntax? Syntax, EquatableArray<SpecDiagnostic> Diagnostics) Parse(string path, string hintName, SourceText source)
    {
        var parser = new SpecParser(path, source);
        var syntax = parser.ReadSpec(hintName);
        return (syntax, parser.diagnostics.ToEquatableArray());
    }

    private SpecSyntax? ReadSpec(string hintName)
    {
        var root = JsonReader.Read(source.ToString(), out var error);
        if (error is not null)
        {
            var span = error.Span.Length == 0 && error.Span.Start > 0 && error.Span.Start >= source.Length
                ? new TextSpan(source.Length - 1, 1)
                : error.Span;
            Report(DiagnosticKind.InvalidJson, Map(span), error.Message);
            return null;
        }
        if (root is null) return null;
        if (root.Kind != JsonKind.Object)
        {
            Report(DiagnosticKind.WrongJsonType, Map(root.Span), "the spec", "an object ({ \"name\": ..., \"kind\": ..., ... })", root.KindName);
            return null;
        }

        CheckProperties(root, "the spec", SpecProperties.Spec, SpecProperties.SpecRequired);

        var nameValue = StringOf(root, "name");
        var name = nameValue is null ? null : new Located<string>(nameValue.Text, Map(nameValue.Span));
        var kind = ReadKind(root);

        var ns = StringOf(root, "namespace")?.Text;
        var docs = ReadDocs(root);

        var hyperparameters = ReadHyperparameters(root);
        hyperparameterKinds = hyperparameters
            .GroupBy(h => h.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);

        var constants = ReadConstants(root);
        var lets = ReadNamedExpressions(root, "let", null);
        var parameters = ReadTensorDeclarations(root, "parameters", SpecProperties.Parameter, buffers: false);
        var buffers = ReadTensorDeclarations(root, "buffers", SpecProperties.Buffer, buffers: true);
        var children = ReadNamedExpressions(root, "children", SpecProperties.Child);
        var init = ReadStatements(root["init"]?.Value, "init");
        var forwardProperty = root["forward"];
        var forward = ReadStatements(forwardProperty?.Value, "forward");
        var presets = ReadPresets(root);
        var examples = ReadExamples(root);

        if (name is null || kind is null) return null;
        return new SpecSyntax(
            path, hintName, name, kind.Value, ns, docs,
            hyperparameters, constants, lets, parameters, buffers, children, init, forward,
            forwardProperty is null ? Map(new TextSpan(root.Span.Start, 1)) : Map(forwardProperty.Key.Span),
            presets, examples);
    }

    // ---- top level -------------------------------------------------------------------------------------------

    private SpecKind? ReadKind(JsonValue root)
    {
        var value = StringOf(root, "kind");
        if (value is null) return null;
        switch (value.Text)
        {
            case "block": return SpecKind.Block;
            case "network": return SpecKind.Network;
            default:
                Report(DiagnosticKind.InvalidValue, Map(value.Span),
                    $"\"kind\" must be \"block\" or \"network\", not \"{value.Text}\"");
                return null;
        }
    }

    private SpecDocs ReadDocs(JsonValue root)
    {
        var summary = StringOf(root, "summary")?.Text ?? "";
        var description = StringOf(root, "description")?.Text;
        var math = StringOf(root, "math")?.Text;
        var attends = StringOf(root, "attends_over");
        if (attends is not null && !SpecProperties.AttendsOver.Contains(attends.Text))
            Report(DiagnosticKind.InvalidValue, Map(attends.Span),
                $"\"attends_over\" must be one of {Suggestions.List(SpecProperties.AttendsOver, "\"")}, not \"{attends.Text}\"");
        var notes = StringArrayOf(root, "notes");
        PaperSyntax? paper = null;
        var paperProperty = root["paper"];
        if (paperProperty is not null && ExpectKind(paperProperty.Value, "paper", JsonKind.Object, "an object { \"title\": ..., \"authors\": [...], \"arxiv\": ..., \"year\": ... }"))
        {
            var p = paperProperty.Value;
            CheckProperties(p, "\"paper\"", SpecProperties.Paper, SpecProperties.PaperRequired);
            var year = p["year"];
            long? yearValue = null;
            if (year is not null && ExpectKind(year.Value, "year", JsonKind.Number, "an integer year"))
            {
                if (year.Value.IsInteger) yearValue = year.Value.Integer;
                else Report(DiagnosticKind.WrongJsonType, Map(year.Value.Span), "year", "an integer year", year.Value.KindName);
            }
            paper = new PaperSyntax(StringOf(p, "title")?.Text ?? "", StringArrayOf(p, "authors"), StringOf(p, "arxiv")?.Text, yearValue, StringOf(p, "url")?.Text);
        }
        return new SpecDocs(summary, description, paper, math, attends?.Text, notes);
    }

    // ---- hyperparameters -------------------------------------------------------------------------------------

    private EquatableArray<HyperparameterSyntax> ReadHyperparameters(JsonValue root)
    {
        var section = SectionOf(root, "hyperparameters", "an object mapping each hyperparameter's name to { \"type\": ..., ... }");
        if (section is null) return EquatableArray<HyperparameterSyntax>.Empty;
        var result = new List<HyperparameterSyntax>();
        foreach (var property in Unique(section))
        {
            var name = new Located<string>(property.Name, Map(property.Key.Span));
            var value = property.Value;
            if (value.Kind == JsonKind.String)
            {
                // Shorthand: "reduction": "int" — a required hyperparameter with only a type.
                var shorthandKind = ReadTypeName(value, SpecProperties.HyperparameterTypes, $"hyperparameter '{property.Name}'");
                if (shorthandKind is null) continue;
                if (shorthandKind == HyperparameterKind.Enum)
                {
                    Report(DiagnosticKind.MissingProperty, Map(value.Span), $"The enum hyperparameter '{property.Name}'", "values",
                        " (write { \"type\": \"enum\", \"values\": [\"a\", \"b\"] })");
                    continue;
                }
                result.Add(new HyperparameterSyntax(name, shorthandKind.Value, Map(value.Span), EquatableArray<string>.Empty,
                    EquatableArray<BlockArgumentSyntax>.Empty, EquatableArray<Located<string>>.Empty, null, null, EquatableArray<ConstraintSyntax>.Empty));
                continue;
            }
            if (!ExpectKind(value, property.Name, JsonKind.Object, "an object { \"type\": \"int\", \"default\": ..., \"doc\": ... } or a type name such as \"int\""))
                continue;
            CheckProperties(value, $"hyperparameter '{property.Name}'", SpecProperties.Hyperparameter, SpecProperties.HyperparameterRequired);
            var typeValue = StringOf(value, "type");
            if (typeValue is null) continue;
            var kind = ReadTypeName(typeValue, SpecProperties.HyperparameterTypes, $"hyperparameter '{property.Name}'");
            if (kind is null) continue;

            var enumValues = EquatableArray<string>.Empty;
            if (kind == HyperparameterKind.Enum)
            {
                enumValues = StringArrayOf(value, "values");
                if (value["values"] is null)
                    Report(DiagnosticKind.MissingProperty, Map(value.Span), $"The enum hyperparameter '{property.Name}'", "values", " (the allowed values, for example [\"paper\", \"official\"])");
            }
            else if (value["values"] is { } stray)
            {
                Report(DiagnosticKind.InvalidValue, Map(stray.Key.Span), $"\"values\" only applies to \"type\": \"enum\"; '{property.Name}' is {typeValue.Text}");
            }

            var blockArguments = EquatableArray<BlockArgumentSyntax>.Empty;
            var blockConstants = EquatableArray<Located<string>>.Empty;
            var isBlock = kind is HyperparameterKind.Block or HyperparameterKind.OptionalBlock;
            if (value["args"] is { } args)
            {
                if (!isBlock) Report(DiagnosticKind.InvalidValue, Map(args.Key.Span), $"\"args\" only applies to block references (\"type\": \"block\" or \"block?\"); '{property.Name}' is {typeValue.Text}");
                else blockArguments = ReadBlockArguments(args.Value);
            }
            if (value["constants"] is { } constants)
            {
                if (!isBlock) Report(DiagnosticKind.InvalidValue, Map(constants.Key.Span), $"\"constants\" only applies to block references; '{property.Name}' is {typeValue.Text}");
                else if (ExpectKind(constants.Value, "constants", JsonKind.Array, "an array of constant names"))
                    blockConstants = constants.Value.Items
                        .Where(i => ExpectKind(i, "constants", JsonKind.String, "a constant name"))
                        .Select(i => new Located<string>(i.Text, Map(i.Span)))
                        .ToEquatableArray();
            }

            Expr? defaultValue = null;
            if (value["default"] is { } d) defaultValue = ValueExpression(d.Value, kind.Value);
            var doc = StringOf(value, "doc")?.Text;
            var constraints = ReadConstraints(value, kind.Value);
            result.Add(new HyperparameterSyntax(name, kind.Value, Map(typeValue.Span), enumValues, blockArguments, blockConstants, defaultValue, doc, constraints));
        }
        return result.ToEquatableArray();
    }

    private HyperparameterKind? ReadTypeName(JsonValue value, string[] allowed, string owner)
    {
        if (!allowed.Contains(value.Text))
        {
            var hint = Suggestions.DidYouMean(value.Text, allowed, "\"");
            Report(DiagnosticKind.InvalidValue, Map(value.Span),
                $"\"{value.Text}\" is not a type for {owner}: use one of {Suggestions.List(allowed, "\"")}{(hint.Length > 0 ? " (" + hint + ")" : "")}");
            return null;
        }
        return value.Text switch
        {
            "int" => HyperparameterKind.Int,
            "float" => HyperparameterKind.Float,
            "bool" => HyperparameterKind.Bool,
            "int[]" => HyperparameterKind.IntList,
            "float[]" => HyperparameterKind.FloatList,
            "int?" => HyperparameterKind.OptionalInt,
            "float?" => HyperparameterKind.OptionalFloat,
            "enum" => HyperparameterKind.Enum,
            "block" => HyperparameterKind.Block,
            _ => HyperparameterKind.OptionalBlock,
        };
    }

    private EquatableArray<BlockArgumentSyntax> ReadBlockArguments(JsonValue args)
    {
        if (!ExpectKind(args, "args", JsonKind.Object, "an object mapping each argument the use site supplies to its type, for example { \"channels\": \"int\" }"))
            return EquatableArray<BlockArgumentSyntax>.Empty;
        ReportDuplicateKeys(args);
        var result = new List<BlockArgumentSyntax>();
        foreach (var property in Unique(args))
        {
            if (!ExpectKind(property.Value, property.Name, JsonKind.String, "a type name such as \"int\"")) continue;
            var kind = ReadTypeName(property.Value, SpecProperties.BlockArgumentTypes, $"block argument '{property.Name}'");
            if (kind is null) continue;
            result.Add(new BlockArgumentSyntax(new Located<string>(property.Name, Map(property.Key.Span)), kind.Value, Map(property.Value.Span)));
        }
        return result.ToEquatableArray();
    }

    private EquatableArray<ConstraintSyntax> ReadConstraints(JsonValue hyperparameter, HyperparameterKind owner)
    {
        var result = new List<ConstraintSyntax>();
        foreach (var property in hyperparameter.Properties)
        {
            var range = Map(TextSpan.FromBounds(property.Key.Span.Start, property.Value.Span.End));
            switch (property.Name)
            {
                case "min":
                case "max":
                case "divisible_by":
                case "length":
                {
                    var kind = property.Name switch { "min" => ConstraintKind.Min, "max" => ConstraintKind.Max, "length" => ConstraintKind.Length, _ => ConstraintKind.DivisibleBy };
                    Expr? operand = property.Value.Kind switch
                    {
                        JsonKind.Number => NumberLiteral(property.Value),
                        JsonKind.String => ParseExpression(property.Value),
                        _ => null,
                    };
                    if (property.Value.Kind is not (JsonKind.Number or JsonKind.String))
                        Report(DiagnosticKind.WrongJsonType, Map(property.Value.Span), property.Name, "a number or an expression string (for example \"heads\")", property.Value.KindName);
                    if (operand is not null) result.Add(new ConstraintSyntax(kind, operand, EquatableArray<Expr>.Empty, range));
                    break;
                }
                case "odd":
                case "even":
                    if (ExpectKind(property.Value, property.Name, JsonKind.Boolean, "true or false") && property.Value.Boolean)
                        result.Add(new ConstraintSyntax(property.Name == "odd" ? ConstraintKind.Odd : ConstraintKind.Even, null, EquatableArray<Expr>.Empty, range));
                    break;
                case "one_of":
                    if (ExpectKind(property.Value, "one_of", JsonKind.Array, "an array of the allowed values"))
                    {
                        var values = property.Value.Items.Select(i => ValueExpression(i, owner)).Where(e => e is not null).Select(e => e!).ToEquatableArray();
                        result.Add(new ConstraintSyntax(ConstraintKind.OneOf, null, values, range));
                    }
                    break;
            }
        }
        return result.ToEquatableArray();
    }

    // ---- constants, let, children, parameters, buffers -------------------------------------------------------

    private EquatableArray<NamedExpr> ReadConstants(JsonValue root)
    {
        var section = SectionOf(root, "constants", "an object mapping each constant's name to a number or boolean");
        if (section is null) return EquatableArray<NamedExpr>.Empty;
        var result = new List<NamedExpr>();
        foreach (var property in Unique(section))
        {
            var value = property.Value;
            Expr? literal = value.Kind switch
            {
                JsonKind.Number => NumberLiteral(value),
                JsonKind.Boolean => new BoolLiteral(value.Boolean, Map(value.Span)),
                _ => null,
            };
            if (literal is null)
            {
                Report(DiagnosticKind.WrongJsonType, Map(value.Span), property.Name, "a number or a boolean (constants are fixed per spec)", value.KindName);
                continue;
            }
            result.Add(new NamedExpr(new Located<string>(property.Name, Map(property.Key.Span)), literal, null));
        }
        return result.ToEquatableArray();
    }

    /// <summary>"let" and "children": name → "expression", or (children) name → { "create": "expression", "doc": ... }.</summary>
    private EquatableArray<NamedExpr> ReadNamedExpressions(JsonValue root, string sectionName, string[]? objectForm)
    {
        var what = objectForm is null ? "an expression string" : "an expression string, or { \"create\": \"...\", \"doc\": \"...\" }";
        var section = SectionOf(root, sectionName, $"an object mapping each name to {what}");
        if (section is null) return EquatableArray<NamedExpr>.Empty;
        var result = new List<NamedExpr>();
        foreach (var property in Unique(section))
        {
            var name = new Located<string>(property.Name, Map(property.Key.Span));
            var value = property.Value;
            JsonValue? expression = null;
            string? doc = null;
            if (value.Kind == JsonKind.String)
            {
                expression = value;
            }
            else if (objectForm is not null && value.Kind == JsonKind.Object)
            {
                CheckProperties(value, $"child '{property.Name}'", objectForm, new[] { "create" });
                expression = StringOf(value, "create");
                doc = StringOf(value, "doc")?.Text;
            }
            else
            {
                Report(DiagnosticKind.WrongJsonType, Map(value.Span), property.Name, what, value.KindName);
            }
            if (expression is null) continue;
            var parsed = ParseExpression(expression);
            if (parsed is not null) result.Add(new NamedExpr(name, parsed, doc));
        }
        return result.ToEquatableArray();
    }

    private EquatableArray<TensorDeclSyntax> ReadTensorDeclarations(JsonValue root, string sectionName, string[] objectForm, bool buffers)
    {
        var section = SectionOf(root, sectionName, "an object mapping each name to its initial value (\"zeros(1)\") or to { \"init\": ..., \"doc\": ... }");
        if (section is null) return EquatableArray<TensorDeclSyntax>.Empty;
        var result = new List<TensorDeclSyntax>();
        foreach (var property in Unique(section))
        {
            var value = property.Value;
            JsonValue? init = null;
            string? doc = null;
            var persistent = true;
            if (value.Kind == JsonKind.String)
            {
                init = value;
            }
            else if (value.Kind == JsonKind.Object)
            {
                CheckProperties(value, $"{(buffers ? "buffer" : "parameter")} '{property.Name}'", objectForm, new[] { "init" });
                init = StringOf(value, "init");
                doc = StringOf(value, "doc")?.Text;
                if (value["persistent"] is { } p && ExpectKind(p.Value, "persistent", JsonKind.Boolean, "true or false")) persistent = p.Value.Boolean;
            }
            else
            {
                Report(DiagnosticKind.WrongJsonType, Map(value.Span), property.Name, "an initial value such as \"zeros(1)\", or an object { \"init\": ... }", value.KindName);
            }
            if (init is null) continue;
            var parsed = ParseExpression(init);
            if (parsed is not null) result.Add(new TensorDeclSyntax(new Located<string>(property.Name, Map(property.Key.Span)), parsed, doc, persistent));
        }
        return result.ToEquatableArray();
    }

    // ---- statements ------------------------------------------------------------------------------------------

    private EquatableArray<Stmt> ReadStatements(JsonValue? value, string owner)
    {
        if (value is null) return EquatableArray<Stmt>.Empty;
        if (!ExpectKind(value, owner, JsonKind.Array, "an array of statements (strings, or { \"for\": ..., \"do\": [...] } / { \"if\": ..., \"then\": [...] })"))
            return EquatableArray<Stmt>.Empty;
        var result = new List<Stmt>();
        foreach (var item in value.Items)
        {
            var statement = ReadStatement(item, owner);
            if (statement is not null) result.Add(statement);
        }
        return result.ToEquatableArray();
    }

    private Stmt? ReadStatement(JsonValue item, string owner)
    {
        switch (item.Kind)
        {
            case JsonKind.String:
            {
                var statement = ExpressionParser.ParseStatement(item.Text, MapperOf(item), out var error);
                if (error is not null) ReportSyntax(item, error);
                return statement;
            }
            case JsonKind.Object when item["for"] is not null:
            {
                CheckProperties(item, "a for statement", SpecProperties.For, SpecProperties.For);
                var header = StringOf(item, "for");
                var body = ReadStatements(item["do"]?.Value, "do");
                if (header is null) return null;
                var parsed = ExpressionParser.ParseForHeader(header.Text, MapperOf(header), out var error);
                if (error is not null)
                {
                    ReportSyntax(header, error);
                    return null;
                }
                return parsed is null ? null : new ForStmt(parsed.Variable, parsed.VariableRange, parsed.Start, parsed.Stop, body, Map(item.Span));
            }
            case JsonKind.Object when item["if"] is not null:
            {
                CheckProperties(item, "an if statement", SpecProperties.If, new[] { "if", "then" });
                var condition = StringOf(item, "if");
                var then = ReadStatements(item["then"]?.Value, "then");
                var otherwise = ReadStatements(item["else"]?.Value, "else");
                var parsed = condition is null ? null : ParseExpression(condition);
                return parsed is null ? null : new IfStmt(parsed, then, otherwise, Map(item.Span));
            }
            default:
                Report(DiagnosticKind.WrongJsonType, Map(item.Span), $"a statement of \"{owner}\"",
                    "a string (\"y = f(x)\"), { \"for\": \"i in range(n)\", \"do\": [...] } or { \"if\": \"...\", \"then\": [...], \"else\": [...] }", item.KindName);
                return null;
        }
    }

    // ---- presets and examples --------------------------------------------------------------------------------

    private EquatableArray<PresetSyntax> ReadPresets(JsonValue root)
    {
        var section = SectionOf(root, "presets", "an object mapping each preset's name to { \"summary\": ..., \"args\": { ... } }");
        if (section is null) return EquatableArray<PresetSyntax>.Empty;
        var result = new List<PresetSyntax>();
        foreach (var property in Unique(section))
        {
            if (!ExpectKind(property.Value, property.Name, JsonKind.Object, "an object { \"summary\": ..., \"args\": { ... } }")) continue;
            CheckProperties(property.Value, $"preset '{property.Name}'", SpecProperties.Preset, Array.Empty<string>());
            var summary = StringOf(property.Value, "summary")?.Text;
            var arguments = ReadArguments(property.Value["args"]?.Value);
            result.Add(new PresetSyntax(new Located<string>(property.Name, Map(property.Key.Span)), summary, arguments));
        }
        return result.ToEquatableArray();
    }

    private EquatableArray<ExampleSyntax> ReadExamples(JsonValue root)
    {
        var property = root["examples"];
        if (property is null) return EquatableArray<ExampleSyntax>.Empty;
        if (!ExpectKind(property.Value, "examples", JsonKind.Array, "an array of { \"args\": ..., \"input\": [...], \"output\": [...], \"parameters\": N }"))
            return EquatableArray<ExampleSyntax>.Empty;
        var result = new List<ExampleSyntax>();
        foreach (var item in property.Value.Items)
        {
            if (!ExpectKind(item, "an example", JsonKind.Object, "an object { \"args\": ..., \"input\": [...], \"output\": [...], \"parameters\": N }")) continue;
            CheckProperties(item, "an example", SpecProperties.Example, SpecProperties.ExampleRequired);
            var presetValue = StringOf(item, "preset");
            var preset = presetValue is null ? null : new Located<string>(presetValue.Text, Map(presetValue.Span));
            var arguments = ReadArguments(item["args"]?.Value);
            var inputs = ReadShapes(item["input"]?.Value, "input");
            var outputs = ReadShapes(item["output"]?.Value, "output");
            long? count = null;
            var countRange = SourceRange.None;
            if (item["parameters"] is { } p && ExpectKind(p.Value, "parameters", JsonKind.Number, "the exact parameter count (an integer)"))
            {
                countRange = Map(p.Value.Span);
                if (p.Value.IsInteger && p.Value.Integer >= 0) count = p.Value.Integer;
                else Report(DiagnosticKind.WrongJsonType, countRange, "parameters", "the exact parameter count (a non-negative integer)", p.Value.KindName);
            }
            result.Add(new ExampleSyntax(Map(item.Span), preset, arguments, inputs, outputs, count, countRange));
        }
        return result.ToEquatableArray();
    }

    private EquatableArray<ArgumentSyntax> ReadArguments(JsonValue? args)
    {
        if (args is null) return EquatableArray<ArgumentSyntax>.Empty;
        if (!ExpectKind(args, "args", JsonKind.Object, "an object mapping hyperparameter names to values")) return EquatableArray<ArgumentSyntax>.Empty;
        ReportDuplicateKeys(args);
        var result = new List<ArgumentSyntax>();
        foreach (var property in Unique(args))
        {
            var kind = hyperparameterKinds.TryGetValue(property.Name, out var k) ? k : HyperparameterKind.Int;
            var value = ValueExpression(property.Value, kind);
            if (value is not null) result.Add(new ArgumentSyntax(new Located<string>(property.Name, Map(property.Key.Span)), value));
        }
        return result.ToEquatableArray();
    }

    /// <summary>"input": [2, 64, 14, 14] for one input, or [[...], [...]] for several.</summary>
    private EquatableArray<ShapeValue> ReadShapes(JsonValue? value, string owner)
    {
        if (value is null) return EquatableArray<ShapeValue>.Empty;
        const string expected = "a shape such as [2, 64, 14, 14], or an array of shapes for several tensors";
        if (!ExpectKind(value, owner, JsonKind.Array, expected)) return EquatableArray<ShapeValue>.Empty;
        if (value.Items.Count > 0 && value.Items.All(i => i.Kind == JsonKind.Array))
            return value.Items.Select(i => ReadShape(i, owner)).Where(s => s is not null).Select(s => s!).ToEquatableArray();
        var single = ReadShape(value, owner);
        return single is null ? EquatableArray<ShapeValue>.Empty : EquatableArray.Of(single);
    }

    private ShapeValue? ReadShape(JsonValue value, string owner)
    {
        var dims = new List<long>();
        foreach (var item in value.Items)
        {
            if (item.Kind != JsonKind.Number || !item.IsInteger || item.Integer < 0)
            {
                Report(DiagnosticKind.WrongJsonType, Map(item.Span), owner, "a shape of non-negative integers such as [2, 64, 14, 14]", item.KindName);
                return null;
            }
            dims.Add(item.Integer);
        }
        return new ShapeValue(dims.ToEquatableArray(), Map(value.Span));
    }

    // ---- values ----------------------------------------------------------------------------------------------

    /// <summary>
    /// A JSON value given for a hyperparameter (a default, a preset or example argument) as an expression: numbers,
    /// booleans, null and arrays as literals; a string is an enum value, except for block references where it is an
    /// expression such as "Se(reduction: 16)".
    /// </summary>
    private Expr? ValueExpression(JsonValue value, HyperparameterKind kind)
    {
        switch (value.Kind)
        {
            case JsonKind.Number: return NumberLiteral(value);
            case JsonKind.Boolean: return new BoolLiteral(value.Boolean, Map(value.Span));
            case JsonKind.Null: return new NullLiteral(Map(value.Span));
            case JsonKind.Array:
            {
                var items = new List<Expr>();
                foreach (var item in value.Items)
                {
                    var e = ValueExpression(item, kind);
                    if (e is null) return null;
                    items.Add(e);
                }
                return new ListExpr(items.ToEquatableArray(), Map(value.Span));
            }
            case JsonKind.String:
                return kind is HyperparameterKind.Block or HyperparameterKind.OptionalBlock
                    ? ParseExpression(value)
                    : new StringLiteral(value.Text, Map(value.Span));
            default:
                Report(DiagnosticKind.WrongJsonType, Map(value.Span), "the value", "a number, boolean, null, string or array", value.KindName);
                return null;
        }
    }

    private Expr NumberLiteral(JsonValue value) =>
        value.IsInteger ? new IntLiteral(value.Integer, Map(value.Span)) : new FloatLiteral(value.Number, Map(value.Span));

    private Expr? ParseExpression(JsonValue str)
    {
        var expr = ExpressionParser.ParseExpression(str.Text, MapperOf(str), out var error);
        if (error is not null) ReportSyntax(str, error);
        return expr;
    }

    private void ReportSyntax(JsonValue str, SyntaxError error)
    {
        // An error at the very end of the string points at its closing quote, so the squiggle is visible.
        var span = error.Length == 0 && error.Start >= str.Text.Length
            ? new TextSpan(str.SourceSpanOf(str.Text.Length, 0).Start, 1)
            : str.SourceSpanOf(error.Start, Math.Max(1, error.Length));
        Report(DiagnosticKind.ExpressionSyntax, Map(span), error.Message);
    }

    private Func<int, int, SourceRange> MapperOf(JsonValue str) => (start, length) => Map(str.SourceSpanOf(start, length));

    // ---- structure checks ------------------------------------------------------------------------------------

    private void CheckProperties(JsonValue obj, string owner, string[] allowed, string[] required)
    {
        var seen = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            if (seen.TryGetValue(property.Name, out var first))
            {
                Report(DiagnosticKind.DuplicateName, Map(property.Key.Span), property.Name, $"at {Describe(Map(first.Key.Span))}");
                continue;
            }
            seen[property.Name] = property;
            if (Array.IndexOf(allowed, property.Name) >= 0) continue;
            var hint = Suggestions.DidYouMean(property.Name, allowed, "\"");
            Report(DiagnosticKind.UnknownProperty, Map(property.Key.Span), property.Name, owner,
                hint.Length > 0 ? hint : $"remove it (allowed: {Suggestions.List(allowed, "")})");
        }
        foreach (var name in required)
            if (!seen.ContainsKey(name))
                Report(DiagnosticKind.MissingProperty, Map(new TextSpan(obj.Span.Start, 1)), Capitalize(owner), name, "");
    }

    private JsonValue? SectionOf(JsonValue root, string name, string expected)
    {
        var property = root[name];
        if (property is null) return null;
        if (!ExpectKind(property.Value, name, JsonKind.Object, expected)) return null;
        ReportDuplicateKeys(property.Value);
        return property.Value;
    }

    /// <summary>The members of a section, the first of each name only (later duplicates are reported by SectionOf).</summary>
    private static IEnumerable<JsonProperty> Unique(JsonValue section)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in section.Properties)
            if (seen.Add(property.Name)) yield return property;
    }

    private void ReportDuplicateKeys(JsonValue obj)
    {
        var seen = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            if (seen.TryGetValue(property.Name, out var first))
                Report(DiagnosticKind.DuplicateName, Map(property.Key.Span), property.Name, $"at {Describe(Map(first.Key.Span))}");
            else
                seen[property.Name] = property;
        }
    }

    private JsonValue? StringOf(JsonValue obj, string name)
    {
        var property = obj[name];
        if (property is null) return null;
        return ExpectKind(property.Value, name, JsonKind.String, "a string") ? property.Value : null;
    }

    private EquatableArray<string> StringArrayOf(JsonValue obj, string name)
    {
        var property = obj[name];
        if (property is null) return EquatableArray<string>.Empty;
        if (!ExpectKind(property.Value, name, JsonKind.Array, "an array of strings")) return EquatableArray<string>.Empty;
        var result = new List<string>();
        foreach (var item in property.Value.Items)
            if (ExpectKind(item, name, JsonKind.String, "an array of strings")) result.Add(item.Text);
        return result.ToEquatableArray();
    }

    private bool ExpectKind(JsonValue value, string name, JsonKind kind, string expected)
    {
        if (value.Kind == kind) return true;
        Report(DiagnosticKind.WrongJsonType, Map(value.Span), name, expected, value.KindName);
        return false;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Describe(SourceRange range) => $"line {range.Lines.Start.Line + 1}, column {range.Lines.Start.Character + 1}";

    private SourceRange Map(TextSpan span)
    {
        var start = Math.Min(Math.Max(0, span.Start), source.Length);
        var end = Math.Min(Math.Max(start, span.End), source.Length);
        var clamped = TextSpan.FromBounds(start, end);
        return new SourceRange(clamped, source.Lines.GetLinePositionSpan(clamped));
    }

    private void Report(DiagnosticKind kind, SourceRange range, params string[] arguments) =>
        diagnostics.Add(SpecDiagnostic.Create(kind, path, range, arguments));
}
