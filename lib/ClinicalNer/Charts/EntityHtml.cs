using System.Collections.Immutable;
using System.Net;
using System.Text;
using ClinicalNer.Corpus;

namespace ClinicalNer.Charts;

/// <summary>
/// A stretch of a note with its entities highlighted by type, as HTML a notebook shows (<see cref="Notebook.Init"/>
/// registers the formatter). Each fragment of an entity is marked and followed by its type; text covered by more
/// than one entity is outlined, so overlaps stay visible. Whitespace and line ends are kept.
/// </summary>
/// <param name="Html">The fragment: a legend of the types, then the text.</param>
public sealed record EntityHtml(string Html)
{
    /// <summary>The colour of each n2c2 type; other types are grey.</summary>
    public static ImmutableDictionary<string, string> Colours { get; } = new Dictionary<string, string>
    {
        ["Drug"] = "#8dd3c7", ["Strength"] = "#ffffb3", ["Form"] = "#bebada", ["Frequency"] = "#fb8072", ["Route"] = "#80b1d3",
        ["Dosage"] = "#fdb462", ["Duration"] = "#b3de69", ["Reason"] = "#fccde5", ["ADE"] = "#ff6f61",
    }.ToImmutableDictionary();

    const string Other = "#d9d9d9";

    /// <summary>
    /// The code points <paramref name="start"/> to <paramref name="end"/> (default: the note's end) of
    /// <paramref name="document"/>, with the fragments of its entities that fall in that stretch highlighted.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The stretch is not inside the note.</exception>
    public static EntityHtml Of(Document document, int start = 0, int? end = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        int stop = end ?? document.CodePoints.Length;
        if (start < 0 || stop > document.CodePoints.Length || start > stop)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {stop}) is not inside note {document.Id} of {document.CodePoints.Length} code points");

        var marks = new List<(int Start, int End, string Type)>();
        foreach (var entity in document.Entities)
            foreach (var fragment in entity.Fragments)
                if (fragment.End > start && fragment.Start < stop)
                    marks.Add((Math.Max(fragment.Start, start), Math.Min(fragment.End, stop), entity.Type));
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        var cuts = new SortedSet<int> { start, stop };
        foreach (var m in marks) { cuts.Add(m.Start); cuts.Add(m.End); }

        var html = new StringBuilder("<div class=\"clinical-ner-entities\">");
        Legend(html, marks.Select(m => m.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        html.Append("<div style=\"white-space:pre-wrap;font-family:monospace;line-height:1.9\">");
        int previous = start;
        foreach (int cut in cuts.Skip(1))
        {
            Segment(html, document.Slice(previous, cut), marks.Where(m => m.Start <= previous && m.End >= cut).ToArray());
            // Types after the fragments that end here, outermost last so nested labels read inside-out.
            foreach (var m in marks.Where(m => m.End == cut).OrderByDescending(m => m.Start))
                html.Append("<sub style=\"font-size:70%;font-family:sans-serif\">").Append(WebUtility.HtmlEncode(m.Type)).Append("</sub>");
            previous = cut;
        }
        html.Append("</div></div>");
        return new EntityHtml(html.ToString());
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="entities"/> highlighted: what <see cref="Tagger.Predict"/> found in a
    /// new note, shown as <see cref="Of(Document, int, int?)"/> shows gold annotations.
    /// </summary>
    public static EntityHtml Of(string text, IEnumerable<PredictedEntity> entities) =>
        Of(new Document("text", text, [.. entities.Select((e, i) => Entity.Contiguous($"T{i + 1}", e.Type, e.Start, e.End, e.Text))]));

    static void Segment(StringBuilder html, string text, (int Start, int End, string Type)[] covering)
    {
        string encoded = WebUtility.HtmlEncode(text);
        if (covering.Length == 0)
        {
            html.Append(encoded);
            return;
        }
        html.Append("<mark style=\"background:").Append(Colour(covering[0].Type));
        if (covering.Length > 1) html.Append(";outline:1px dashed #333");
        html.Append("\" title=\"").Append(WebUtility.HtmlEncode(string.Join(", ", covering.Select(m => m.Type)))).Append("\">")
            .Append(encoded).Append("</mark>");
    }

    static void Legend(StringBuilder html, IEnumerable<string> types)
    {
        html.Append("<div style=\"margin-bottom:6px\">");
        foreach (string type in types)
            html.Append("<mark style=\"background:").Append(Colour(type)).Append(";margin-right:4px\">").Append(WebUtility.HtmlEncode(type)).Append("</mark>");
        html.Append("</div>");
    }

    static string Colour(string type) => Colours.GetValueOrDefault(type, Other);
}
