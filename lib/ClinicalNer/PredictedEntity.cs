namespace ClinicalNer;

/// <summary>An entity that <see cref="Tagger.Predict"/> found in a text.</summary>
/// <param name="Type">The entity type (<c>Drug</c>).</param>
/// <param name="Start">Offset of its first character in the text (code points, as brat counts).</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Text">The text it covers.</param>
/// <param name="Confidence">The mean, over its sub-tokens, of the probability the model gives its label (CRF marginal or softmax).</param>
public sealed record PredictedEntity(string Type, int Start, int End, string Text, double Confidence);
