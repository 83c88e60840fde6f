using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Zoo.Generator.Semantics.Ops;

/// <summary>
/// A parsed op template: <c>{input}.sum({dim}, keepdim: {keepdim}?)</c> is the head <c>{input}.sum</c> and two
/// argument items, the second optional (dropped when its argument is not given). Templates that are not calls
/// (<c>{input}.shape</c>) are all head.
/// </summary>
internal sealed class CallTemplate
{
    private CallTemplate(string head, bool isCall, IReadOnlyList<TemplateItem> items)
    {
        Head = head;
        IsCall = isCall;
        Items = items;
    }

    public string Head { get; }

    public bool IsCall { get; }

    public IReadOnlyList<TemplateItem> Items { get; }

    public IEnumerable<string> Required =>
        OpDefinition.PlaceholdersOf(Head).Concat(Items.Where(i => !i.Optional).SelectMany(i => i.Placeholders));

    public IEnumerable<string> All => OpDefinition.PlaceholdersOf(Head).Concat(Items.SelectMany(i => i.Placeholders));

    /// <summary>Usable for a call that gives exactly these arguments: all required ones present, none left unused.</summary>
    public bool IsUsableWith(ICollection<string> given) =>
        Required.All(given.Contains) && given.All(g => All.Contains(g));

    /// <summary>The first template of the op usable with the given arguments, or null when the combination is unsupported.</summary>
    public static CallTemplate? Choose(OpDefinition op, ICollection<string> given) =>
        op.Templates.Select(Parse).FirstOrDefault(t => t.IsUsableWith(given));

    public static CallTemplate Parse(string template)
    {
        if (!template.EndsWith(")")) return new CallTemplate(template, false, new TemplateItem[0]);
        var depth = 0;
        var open = -1;
        for (var i = template.Length - 1; i >= 0; i--)
        {
            if (template[i] == ')') depth++;
            else if (template[i] == '(' && --depth == 0)
            {
                open = i;
                break;
            }
        }
        if (open < 0) return new CallTemplate(template, false, new TemplateItem[0]);
        var inner = template.Substring(open + 1, template.Length - open - 2);
        var items = new List<TemplateItem>();
        foreach (var part in SplitTopLevel(inner))
        {
            var text = part.Trim();
            if (text.Length == 0) continue;
            var optional = text.EndsWith("?");
            if (optional) text = text.Substring(0, text.Length - 1);
            items.Add(new TemplateItem(text, optional, OpDefinition.PlaceholdersOf(text).ToArray()));
        }
        return new CallTemplate(template.Substring(0, open), true, items);
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '(' or '[' or '{') depth++;
            if (c is ')' or ']' or '}') depth--;
            if (c == ',' && depth == 0)
            {
                yield return current.ToString();
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        yield return current.ToString();
    }
}

/// <summary>One argument item of a call template: its text with placeholders, and whether it may be dropped.</summary>
internal sealed class TemplateItem
{
    public TemplateItem(string text, bool optional, IReadOnlyList<string> placeholders)
    {
        Text = text;
        Optional = optional;
        Placeholders = placeholders;
    }

    public string Text { get; }

    public bool Optional { get; }

    public IReadOnlyList<string> Placeholders { get; }
}
