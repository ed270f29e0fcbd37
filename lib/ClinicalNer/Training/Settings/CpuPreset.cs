using ClinicalNer.Models;
using ClinicalNer.Models.Encoders;

namespace ClinicalNer.Training.Settings;

/// <summary>
/// The workbench's own training defaults (<c>train</c> without options, <c>reproduce --preset cpu</c>): tuned so that
/// a corpus of a few hundred notes trains to a good model in minutes on 2 cores.
/// </summary>
public static class CpuPreset
{
    /// <summary>From-scratch architecture size.</summary>
    public const ModelSize Size = ModelSize.Mini;

    /// <summary>
    /// Most epochs of the from-scratch models: the Transformers train all of them (<see cref="PatienceFor"/>), the
    /// BiLSTM-CRF may stop earlier. With 20, the best dev epoch came at 19 or 20 on every BioNLP13CG seed, for both
    /// models: the cap ended them. With 30 (so also a slower linear decay), measured over 3 seeds:
    /// <list type="bullet">
    /// <item>TransformerCRF: best dev entity F1 rose in all six runs (mean 0.7310 to 0.7418 on BioNLP13CG, 0.8179 to
    /// 0.8209 on NCBI-disease); test F1 rose from 0.7411 to 0.7450 on BioNLP13CG and held on NCBI-disease (0.8005 to
    /// 0.7995, within its seed spread of 0.0084).</item>
    /// <item>BiLSTM-CRF: test F1 rose from 0.7513 to 0.7572 on BioNLP13CG and held on NCBI-disease (0.8142 to
    /// 0.8153); early stopping ended four of the six runs at 21-23 epochs.</item>
    /// </list>
    /// </summary>
    public const int Epochs = 30;

    /// <summary>
    /// Early stopping of the BiLSTM-CRF and of fine-tuning: epochs without a better dev F1 before training ends. The
    /// from-scratch Transformers do without it: <see cref="PatienceFor"/>.
    /// </summary>
    public const int Patience = 4;

    /// <summary>
    /// Early stopping of <paramref name="model"/>: none for the from-scratch Transformers, which train all
    /// <see cref="Epochs"/> and keep the best epoch by dev F1; <see cref="Patience"/> for the others. The learning rate
    /// decays linearly to zero, and the Transformer's dev F1 still climbs in the last epochs after flat or noisy
    /// stretches of four: with patience 4, one run on NCBI-disease (read through its brat form) stopped at epoch 11
    /// (best dev F1 0.782, test 0.753), and trained to epoch 20 it reached 0.806 on dev and 0.798 on test. Of the six
    /// runs over 3 seeds on NCBI-disease and BioNLP13CG, four had stopped early; three of them gained on dev and test
    /// (the fourth found no better epoch), and test F1 rose from 0.7952 to 0.8005 and from 0.7397 to 0.7411.
    /// </summary>
    public static int? PatienceFor(Model model) => model.IsFromScratchTransformer() ? null : Patience;

    /// <summary>The best epoch is the one of highest dev entity F1: dev loss starts rising while F1 still climbs.</summary>
    public const BestEpochCriterion BestEpochBy = BestEpochCriterion.DevF1;

    /// <summary>Windows per step.</summary>
    public const int BatchSize = 16;

    /// <summary>
    /// Peak learning rate of the from-scratch models. Measured on the dev parts (<c>valid.txt</c>) of NCBI-disease and
    /// BioNLP13CG, seed 1: 3e-3 raised the best dev entity F1 over 1e-3 by 0.02-0.03 for the BiLSTM-CRF and by
    /// 0.02-0.04 for the TransformerCRF; 5e-3 made the TransformerCRF diverge on NCBI-disease.
    /// </summary>
    public const double LearningRate = 3e-3;

    /// <summary>Share of steps warming up.</summary>
    public const double Warmup = 0.1;

    /// <summary>Largest gradient norm.</summary>
    public const double Clip = 1.0;

    /// <summary>From-scratch models read each word's characters (<see cref="Models.Encoders.CharacterCnn"/>).</summary>
    public const bool CharCnn = true;

    /// <summary>
    /// The from-scratch Transformers' positions: relative ones in the attention (BERT's <c>relative_key</c>, Shaw et al.
    /// 2018) rather than a learned vector per absolute position. Measured on the dev parts, seed 1: the best dev entity
    /// F1 of the TransformerCRF rose from 0.736 to 0.755 (NCBI-disease) and from 0.664 to 0.689 (BioNLP13CG). Adding
    /// the keys' term (<c>relative_key_query</c>), TENER's fixed sinusoidal distances with unscaled attention, or eight
    /// heads instead of two did no better.
    /// </summary>
    public const PositionEmbeddingType Positions = PositionEmbeddingType.RelativeKey;

    /// <summary>
    /// Size of the WordPiece vocabulary learned from the training words. A corpus of a few thousand sentences has
    /// 7,000-9,000 word types, so a vocabulary of 8,000 keeps nearly every word whole and a rare word shares nothing with
    /// others; 3,000 splits rare words into pieces that recur. Measured on the dev parts, seed 1 (with relative
    /// positions): the TransformerCRF rose from 0.689 to 0.722 on BioNLP13CG and held on NCBI-disease (0.755 to 0.756);
    /// the BiLSTM-CRF rose from 0.732 to 0.737 on BioNLP13CG and held on NCBI-disease (0.826 to 0.823).
    /// </summary>
    public const int VocabSize = 3_000;

    /// <summary>
    /// The from-scratch Transformers' word dropout. Measured with 4 layers over 3 seeds: 0.2 rather than 0.1 raised the
    /// best dev entity F1 on five of the six runs (the sixth held) and test entity F1 from 0.7856 to 0.7952 on
    /// NCBI-disease and from 0.7353 to 0.7397 on BioNLP13CG.
    /// </summary>
    public const double WordDropout = 0.2;

    /// <summary>The BiLSTM-CRF's word dropout (its dropout of 0.5 already regularises it; 0.2 was not measured for it).</summary>
    public const double BiLstmWordDropout = 0.1;

    /// <summary>Word dropout of a from-scratch <paramref name="model"/>: <see cref="BiLstmWordDropout"/> or <see cref="WordDropout"/>.</summary>
    public static double WordDropoutFor(Model model) => model == Model.BiLstmCrf ? BiLstmWordDropout : WordDropout;
}
