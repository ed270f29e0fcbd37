using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Conll;

/// <summary>
/// The sentences of a CoNLL file with the 1-based line of each sentence's first token, so that later checks
/// (metrics alignment, tag validation) can name the line at fault.
/// </summary>
public sealed record ConllFile(string Path, ConllFormat Format, ImmutableArray<Sentence> Sentences, ImmutableArray<int> SentenceLines)
{
    /// <summary>The 1-based line of token <paramref name="token"/> of sentence <paramref name="sentence"/>.</summary>
    public int LineOf(int sentence, int token) => SentenceLines[sentence] + token;

    /// <summary>Checks that every tag is one <paramref name="scheme"/> allows.</summary>
    /// <exception cref="CorpusFormatException">The first tag that is not, at its own line.</exception>
    public void CheckTags(TagScheme scheme)
    {
        for (int s = 0; s < Sentences.Length; s++)
            for (int t = 0; t < Sentences[s].Tags.Length; t++)
                if (!TagSchemes.Allows(scheme, Sentences[s].Tags[t]))
                    throw new CorpusFormatException(Path, LineOf(s, t), $"tag '{Sentences[s].Tags[t]}' is not {scheme.Name()} (expected O or {TagSchemes.Prefixes(scheme)} followed by a type)");
    }
}
