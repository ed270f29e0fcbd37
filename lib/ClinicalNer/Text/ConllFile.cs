using System.Collections.Immutable;

namespace ClinicalNer.Text;

/// <summary>
/// The sentences of a CoNLL file with the 1-based line of each sentence's first token, so that later checks
/// (metrics alignment, tag validation) can name the line at fault.
/// </summary>
public sealed record ConllFile(string Path, ConllFormat Format, ImmutableArray<Sentence> Sentences, ImmutableArray<int> SentenceLines)
{
    /// <summary>The 1-based line of token <paramref name="token"/> of sentence <paramref name="sentence"/>.</summary>
    public int LineOf(int sentence, int token) => SentenceLines[sentence] + token;
}
