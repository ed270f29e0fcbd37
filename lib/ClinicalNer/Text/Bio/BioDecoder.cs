using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Bio;

/// <summary>
/// Turns IOB2 tags back into character spans: an entity runs from the start of its first token to the end of its
/// last. A <c>B-X</c> opens an entity, an <c>I-X</c> continues one of type X and opens one after <c>O</c> or
/// another type (conlleval's reading, which keeps every tagged token). Entities never cross sentences.
/// </summary>
public static class BioDecoder
{
    /// <summary>The entities of one tagged sentence, in text order.</summary>
    public static ImmutableArray<EntitySpan> Decode(Sentence sentence)
    {
        var spans = ImmutableArray.CreateBuilder<EntitySpan>();
        Decode(sentence, spans);
        return spans.ToImmutable();
    }

    /// <summary>The entities of tagged sentences, in order.</summary>
    public static ImmutableArray<EntitySpan> Decode(IEnumerable<Sentence> sentences)
    {
        var spans = ImmutableArray.CreateBuilder<EntitySpan>();
        foreach (var s in sentences) Decode(s, spans);
        return spans.ToImmutable();
    }

    static void Decode(Sentence sentence, ICollection<EntitySpan> spans)
    {
        if (!sentence.IsTagged) throw new ArgumentException($"sentence at {sentence.DocumentId}:{sentence.Start} has no tags");
        string? type = null;
        int start = 0, end = 0;
        for (int i = 0; i < sentence.Tokens.Length; i++)
        {
            var tag = sentence.Tags[i];
            var token = sentence.Tokens[i];
            if (tag == "O")
            {
                Close();
                continue;
            }
            if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
                throw new FormatException($"tag '{tag}' of token '{token.Text}' at {sentence.DocumentId}:{token.Start} is not IOB2 (O, B-TYPE or I-TYPE)");
            if (!token.HasOffsets) throw new ArgumentException($"token '{token.Text}' has no offsets to decode into");
            var tagType = tag.AsSpan(2);
            if (tag[0] == 'I' && type is not null && tagType.SequenceEqual(type))
            {
                end = token.End;
                continue;
            }
            Close();
            type = tag[2..];
            start = token.Start;
            end = token.End;
        }
        Close();

        void Close()
        {
            if (type is not null) spans.Add(new EntitySpan(type, start, end));
            type = null;
        }
    }

    /// <summary>
    /// A brat document of the entities decoded from <paramref name="sentences"/> (predictions), numbered T1, T2, ...
    /// in text order, over note <paramref name="text"/>. Line breaks inside a span's text are written as spaces,
    /// which brat's text field cannot hold.
    /// </summary>
    public static Document ToDocument(string documentId, string text, IEnumerable<Sentence> sentences)
    {
        var codePoints = new CodePointIndex(text);
        var spans = Decode(sentences);
        var entities = ImmutableArray.CreateBuilder<Entity>(spans.Length);
        foreach (var span in spans)
        {
            if (span.End > codePoints.Length)
                throw new ArgumentException($"entity {span.Type} {span.Start} {span.End} ends after the note's last character ({codePoints.Length} code points)");
            var covered = string.Create(codePoints.ToUtf16(span.End) - codePoints.ToUtf16(span.Start), (text, from: codePoints.ToUtf16(span.Start)),
                static (chars, state) =>
                {
                    // One space per line-break character keeps the field as long as the span, as the reader checks.
                    for (int i = 0; i < chars.Length; i++)
                    {
                        char c = state.text[state.from + i];
                        chars[i] = c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\v' or '\f' ? ' ' : c;
                    }
                });
            entities.Add(Entity.Contiguous("T" + (entities.Count + 1), span.Type, span.Start, span.End, covered));
        }
        return new Document(documentId, text, entities.MoveToImmutable());
    }
}
