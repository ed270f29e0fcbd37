namespace ClinicalNer.Experiments.Paper;

// The rows of the paper's published tables and figures, one record per table shape, as PaperResults reads them from
// results/paper/*.csv (in the order the paper presents them).

/// <summary>One row of the paper's Table I: a model's trainable parameters.</summary>
/// <param name="Model">The paper's model name (<c>BERT-CRF</c>, <c>TransformerApt</c>, ...).</param>
/// <param name="Encoder">The Hugging Face id of its encoder (the from-scratch Transformer has DistilBERT's shape).</param>
/// <param name="Head"><c>CRF</c> or <c>Apt</c> (linear softmax head).</param>
/// <param name="Parameters">Trainable parameters as published.</param>
/// <param name="ChangeVsBertPercent">Size against BERT in percent as published (+24.39, -39.80, 0 for BERT itself).</param>
public sealed record PaperParameterCount(string Model, string Encoder, string Head, long Parameters, double ChangeVsBertPercent);

/// <summary>A model's averaged sub-token BIO scores as the paper's Table II (macro) or Table III (weighted, with accuracy) prints them.</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="Precision">Averaged precision.</param>
/// <param name="Recall">Averaged recall.</param>
/// <param name="F1">Averaged F1.</param>
/// <param name="Accuracy">Accuracy (= micro P = R = F1), printed in Table III only.</param>
public sealed record PaperAverage(string Model, double Precision, double Recall, double F1, double? Accuracy = null);

/// <summary>One class row of a classification report the paper prints as a figure (3 decimals).</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="Label">A BIO label (<c>B-Drug</c>, <c>O</c>) or, at token level, an entity type (<c>Drug</c>, <c>O</c>).</param>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall.</param>
/// <param name="F1">F1.</param>
/// <param name="Support">Test sub-tokens with this gold class, counted with the model's own tokenizer.</param>
public sealed record PaperLabelScores(string Model, string Label, double Precision, double Recall, double F1, long Support);

/// <summary>An average row of the paper's token-level reports (Figs 6 and 7).</summary>
/// <param name="Training"><c>full</c> (all training sentences) or <c>sambd</c> (entity-free sentences down-sampled).</param>
/// <param name="Model">The paper's model name.</param>
/// <param name="Average"><c>accuracy</c> (precision = recall = F1), <c>macro</c> or <c>weighted</c>.</param>
/// <param name="Precision">Averaged precision.</param>
/// <param name="Recall">Averaged recall.</param>
/// <param name="F1">Averaged F1.</param>
public sealed record PaperTokenAverage(string Training, string Model, string Average, double Precision, double Recall, double F1);

/// <summary>One cell group of the paper's Table IV: token-level averages over a subset of the classes.</summary>
/// <param name="Setting"><c>without-o</c>, <c>without-reason-ade</c>, <c>without-o-reason-ade</c> or <c>ade-as-reason</c> (ADE mapped to Reason in gold and prediction).</param>
/// <param name="Average"><c>micro</c>, <c>macro</c> or <c>weighted</c>.</param>
/// <param name="Model">The paper's model name.</param>
/// <param name="Precision">Averaged precision.</param>
/// <param name="Recall">Averaged recall.</param>
/// <param name="F1">Averaged F1.</param>
public sealed record PaperAblation(string Setting, string Average, string Model, double Precision, double Recall, double F1);

/// <summary>The paper's down-sampling result for one model (Sec. V-C): token-level scores trained on all sentences against SamBD.</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="MacroF1Full">Macro F1, full training data.</param>
/// <param name="MacroF1Sambd">Macro F1, down-sampled training data.</param>
/// <param name="WeightedF1Full">Weighted F1, full training data.</param>
/// <param name="WeightedF1Sambd">Weighted F1, down-sampled training data.</param>
/// <param name="AccuracyFull">Accuracy, full training data.</param>
/// <param name="AccuracySambd">Accuracy, down-sampled training data.</param>
public sealed record PaperDownsampling(
    string Model, double MacroF1Full, double MacroF1Sambd, double WeightedF1Full, double WeightedF1Sambd, double AccuracyFull, double AccuracySambd);

/// <summary>What down-sampling did to a property of the paper's training data.</summary>
/// <param name="Measure">The property (<c>training_sentences</c>, <c>entity_free_sentence_share</c>, <c>train_word_o_share</c>, ...).</param>
/// <param name="Before">Its value on all training sentences.</param>
/// <param name="After">Its value after down-sampling.</param>
public sealed record PaperDataChange(string Measure, double Before, double After);

/// <summary>The settings of a model's final run on train + validation (scored after the last epoch).</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="BatchSize">Sentences per batch.</param>
/// <param name="Epochs">Training epochs.</param>
/// <param name="LearningRate">Peak learning rate (linear decay to 0, no warm-up).</param>
public sealed record PaperHyperParameters(string Model, int BatchSize, int Epochs, double LearningRate);

/// <summary>The grid point the authors selected for a model on their 273/30 split, with its validation sub-token BIO scores.</summary>
/// <param name="Model">The paper's model name.</param>
/// <param name="BatchSize">Selected batch size.</param>
/// <param name="LearningRate">Selected learning rate.</param>
/// <param name="BestEpoch">The epoch of least validation loss.</param>
/// <param name="MacroPrecision">Validation macro precision at that epoch.</param>
/// <param name="MacroRecall">Validation macro recall.</param>
/// <param name="MacroF1">Validation macro F1.</param>
/// <param name="WeightedPrecision">Validation weighted precision.</param>
/// <param name="WeightedRecall">Validation weighted recall.</param>
/// <param name="WeightedF1">Validation weighted F1.</param>
public sealed record PaperModelSelection(
    string Model, int BatchSize, double LearningRate, int BestEpoch,
    double MacroPrecision, double MacroRecall, double MacroF1,
    double WeightedPrecision, double WeightedRecall, double WeightedF1);
