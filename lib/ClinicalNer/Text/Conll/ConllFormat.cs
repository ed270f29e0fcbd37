using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Text.Conll;

/// <summary>Column layouts of CoNLL files.</summary>
public enum ConllFormat
{
    /// <summary>NeuroNER's five columns <c>token doc start end label</c> (the paper's <c>*_spacy.txt</c>); offsets in code points.</summary>
    NeuroNer,

    /// <summary>Two columns <c>token label</c>.</summary>
    TwoColumn,
}
