using System.Collections.Immutable;
using ClinicalNer.Corpus;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Corpora;

/// <summary>
/// A brat corpus as tagged sentences: the whole pipeline read -> split and tokenize -> BIO encode, with the
/// reports of each step. Training and conversion start here.
/// </summary>
/// <param name="Documents">Each note with its tagged sentences, in file-name order.</param>
/// <param name="Options">How the notes were tagged.</param>
/// <param name="Skipped">Lines a lenient read skipped (empty for a strict read).</param>
public sealed record TaggedCorpus(ImmutableArray<TaggedDocument> Documents, TaggingOptions Options, ImmutableArray<SkippedLine> Skipped)
{
    /// <summary>All sentences, note after note.</summary>
    public IEnumerable<Sentence> Sentences => Documents.SelectMany(d => d.Sentences);

    /// <summary>What sentence splitting did, summed over the notes.</summary>
    public SentenceSplitReport Split => Documents.Aggregate(SentenceSplitReport.Empty, (sum, d) => sum + d.Split);

    /// <summary>What BIO encoding did, summed over the notes.</summary>
    public TaggingReport Encoding => Documents.Aggregate(TaggingReport.Empty(Options.Discontinuous), (sum, d) => sum + d.Encoding);

    /// <summary>Reads the brat folder <paramref name="directory"/> and tags every note.</summary>
    public static TaggedCorpus FromBrat(string directory, TaggingOptions? options = null, BratReaderOptions? readerOptions = null)
    {
        var folder = BratReader.ReadFolder(directory, readerOptions);
        return FromDocuments(folder.Documents, options) with { Skipped = folder.Skipped };
    }

    /// <summary>Tags <paramref name="documents"/> (in parallel, results in the given order).</summary>
    public static TaggedCorpus FromDocuments(IEnumerable<Document> documents, TaggingOptions? options = null)
    {
        options ??= TaggingOptions.Default;
        var encoded = documents.AsParallel().AsOrdered().Select(d => BioTagging.Tag(d, options)).ToImmutableArray();
        return new TaggedCorpus(encoded, options, []);
    }
}
