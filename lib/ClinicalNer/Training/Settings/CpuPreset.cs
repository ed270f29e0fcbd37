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

    /// <summary>Most epochs (training usually stops earlier: <see cref="Patience"/>).</summary>
    public const int Epochs = 20;

    /// <summary>Early stopping: epochs without a better dev F1 before training ends.</summary>
    public const int Patience = 4;

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

    /// <summary>How the from-scratch Transformers know positions.</summary>
    public const PositionEmbeddingType Positions = PositionEmbeddingType.Absolute;

    /// <summary>From-scratch models' word dropout.</summary>
    public const double WordDropout = 0.1;
}
