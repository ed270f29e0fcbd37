using ClinicalNer.Inputs;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Training.Settings;
using static TorchSharp.torch;

namespace ClinicalNer.Training;

/// <summary>
/// Windows padded to the batch's longest one, as tensors: token ids, attention mask, label ids and the mask of
/// positions whose label counts. Created inside the caller's dispose scope.
/// </summary>
/// <param name="InputIds">[B, T] long vocabulary ids, <c>[PAD]</c> after the end.</param>
/// <param name="AttentionMask">[B, T] bool: real tokens (special tokens included).</param>
/// <param name="LabelIds">[B, T] long label ids (0 where none).</param>
/// <param name="LabelMask">[B, T] bool: positions trained on and predicted.</param>
/// <param name="Windows">The windows, one per row.</param>
/// <param name="Subtokens">Real (non-special) sub-tokens in the batch: the throughput unit.</param>
/// <param name="Characters">[B, T, C] long character ids of each position's word (<see cref="Models.Encoders.CharacterCnn.Ids"/>),
/// 0 for padding and special tokens; null unless the input options ask for <see cref="InputOptions.WordCharacters"/>.</param>
public sealed record TrainingBatch(Tensor InputIds, Tensor AttentionMask, Tensor LabelIds, Tensor LabelMask,
                                   IReadOnlyList<SequenceWindow> Windows, int Subtokens, Tensor? Characters = null)
{
    /// <summary>Builds the batch of <paramref name="windows"/> cut from <paramref name="sequences"/>.</summary>
    public static TrainingBatch Create(IReadOnlyList<SequenceWindow> windows, IReadOnlyList<SubtokenSequence> sequences, InputBuilder inputs, Device device)
    {
        int special = inputs.Options.SpecialTokens ? 1 : 0;
        int width = 0;
        foreach (var w in windows) width = Math.Max(width, w.Length + 2 * special);
        int rows = windows.Count, cells = rows * width, subtokens = 0;
        var ids = new long[cells];
        var attention = new bool[cells];
        var labels = new long[cells];
        var scored = new bool[cells];
        Array.Fill(ids, inputs.PadId);
        for (int b = 0; b < rows; b++)
        {
            var w = windows[b];
            var sequence = sequences[w.Sentence];
            int row = b * width;
            if (special == 1)
            {
                ids[row] = inputs.ClsId;
                ids[row + w.Length + 1] = inputs.SepId;
                attention[row] = attention[row + w.Length + 1] = true;
            }
            for (int j = 0; j < w.Length; j++)
            {
                int k = w.Start + j, cell = row + special + j;
                ids[cell] = sequence.Ids[k];
                attention[cell] = true;
                labels[cell] = Math.Max(0, sequence.LabelIds[k]);
                scored[cell] = sequence.Scored[k];
            }
            subtokens += w.Length;
        }
        long[] shape = [rows, width];
        return new TrainingBatch(
            tensor(ids, shape, device: device), tensor(attention, shape, device: device),
            tensor(labels, shape, device: device), tensor(scored, shape, device: device), windows, subtokens,
            inputs.Options.WordCharacters ? WordCharacters(windows, sequences, rows, width, special, device) : null);
    }

    /// <summary>[B, T, C] character ids of each sub-token's word, C = <see cref="Models.Encoders.CharacterCnn.MaxCharacters"/>.</summary>
    static Tensor WordCharacters(IReadOnlyList<SequenceWindow> windows, IReadOnlyList<SubtokenSequence> sequences, int rows, int width,
                                 int special, Device device)
    {
        const int C = Models.Encoders.CharacterCnn.MaxCharacters;
        var characters = new long[rows * width * C];
        for (int b = 0; b < rows; b++)
        {
            var w = windows[b];
            var sequence = sequences[w.Sentence];
            var wordIds = new Dictionary<int, int[]>();
            for (int j = 0; j < w.Length; j++)
            {
                int word = sequence.WordIndices[w.Start + j];
                if (!wordIds.TryGetValue(word, out var ids)) wordIds[word] = ids = Models.Encoders.CharacterCnn.Ids(sequence.Words[word]);
                int cell = ((b * width) + special + j) * C;
                for (int c = 0; c < ids.Length; c++) characters[cell + c] = ids[c];
            }
        }
        return tensor(characters, [rows, width, C], device: device);
    }
}
