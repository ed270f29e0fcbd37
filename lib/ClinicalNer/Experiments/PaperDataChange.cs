namespace ClinicalNer.Experiments;

/// <summary>What down-sampling did to a property of the paper's training data.</summary>
/// <param name="Measure">The property (<c>training_sentences</c>, <c>entity_free_sentence_share</c>, <c>train_word_o_share</c>, ...).</param>
/// <param name="Before">Its value on all training sentences.</param>
/// <param name="After">Its value after down-sampling.</param>
public sealed record PaperDataChange(string Measure, double Before, double After);
