using System.Text.Json;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Hub;
using ClinicalNer.Runtime;
using ClinicalNer.Text.Bio;
using ClinicalNer.Text.Sentences;
using ClinicalNer.Text.WordPiece;
using Microsoft.ML.Tokenizers;
using static TorchSharp.torch;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// A pre-trained encoder loaded from a Hugging Face checkpoint folder: the module with the checkpoint's weights,
/// its configuration, and the WordPiece tokenizer of its vocabulary, lower-casing as the model expects.
/// </summary>
/// <param name="Encoder">The encoder (architecture from <c>config.json</c>), weights loaded.</param>
/// <param name="Tokenizer">The tokenizer over the checkpoint's <c>vocab.txt</c>.</param>
/// <param name="LowerCase">Whether the tokenizer lower-cases (<c>do_lower_case</c> of <c>tokenizer_config.json</c>).</param>
/// <param name="SpecialTokens">The ids of <c>[CLS]</c>, <c>[SEP]</c> and <c>[PAD]</c> in the vocabulary.</param>
/// <param name="Notices">What loading skipped or assumed (skipped pre-training keys, a missing pooler, a defaulted lower-casing), for the user to read.</param>
/// <param name="Checkpoint">The folder it came from.</param>
public sealed record PretrainedEncoder(
    SequenceEncoder Encoder, BertTokenizer Tokenizer, bool LowerCase, SpecialTokenIds SpecialTokens,
    IReadOnlyList<string> Notices, ResolvedCheckpoint Checkpoint)
{
    /// <summary>The encoder's configuration.</summary>
    public EncoderConfig Config => Encoder.Config;

    /// <summary>Resolves <paramref name="idOrPath"/> (see <see cref="HubModelResolver"/>) and loads it.</summary>
    /// <param name="idOrPath">A checkpoint folder, or a hub model id.</param>
    /// <param name="options">Cache and network settings; <see cref="HubOptions.FromEnvironment()"/> when null.</param>
    /// <param name="device">Where the weights go.</param>
    public static PretrainedEncoder Load(string idOrPath, HubOptions? options = null, Device? device = null) =>
        Load(HubModelResolver.Resolve(idOrPath, options), device);

    /// <summary>Loads a resolved checkpoint folder.</summary>
    /// <param name="checkpoint">The folder with <c>config.json</c>, <c>vocab.txt</c>, optional <c>tokenizer_config.json</c>, and weights.</param>
    /// <param name="device">Where the weights go.</param>
    /// <exception cref="FileNotFoundException">No <c>vocab.txt</c> or no weights file.</exception>
    /// <exception cref="InvalidDataException">A file that does not fit the configuration; the message names file and keys.</exception>
    public static PretrainedEncoder Load(ResolvedCheckpoint checkpoint, Device? device = null)
    {
        var config = EncoderConfig.Load(checkpoint.ConfigPath);
        var weights = checkpoint.WeightsPath ?? throw new FileNotFoundException(
            $"{checkpoint.Folder} has neither {string.Join(" nor ", CheckpointFiles.Weights)}", Path.Combine(checkpoint.Folder, CheckpointFiles.Safetensors));
        if (!File.Exists(checkpoint.VocabPath)) throw new FileNotFoundException($"{checkpoint.VocabPath} is missing", checkpoint.VocabPath);
        var notices = new List<string>();
        var lowerCase = ReadLowerCase(checkpoint.TokenizerConfigPath);
        if (lowerCase is null) notices.Add("no do_lower_case in tokenizer_config.json: lower-casing, as Hugging Face's BertTokenizer does by default");
        var tokenizer = BertTokenizerFactory.FromFile(checkpoint.VocabPath, lowerCase ?? true);
        var vocabularySize = InputFile.ReadAllLines(checkpoint.VocabPath).Count();
        if (vocabularySize > config.VocabularySize)
            throw new InvalidDataException($"{checkpoint.VocabPath}: {vocabularySize} tokens, more than the {config.VocabularySize} rows of vocab_size in {checkpoint.ConfigPath}");
        var encoder = config.Build(device);
        try
        {
            notices.AddRange(CheckpointWeights.LoadInto(encoder, weights));
        }
        catch
        {
            encoder.Dispose();
            throw;
        }
        var special = new SpecialTokenIds(tokenizer.ClassificationTokenId, tokenizer.SeparatorTokenId, tokenizer.PaddingTokenId);
        return new PretrainedEncoder(encoder, tokenizer, lowerCase ?? true, special, notices, checkpoint);
    }

    static bool? ReadLowerCase(string? tokenizerConfigPath)
    {
        if (tokenizerConfigPath is null) return null;
        try
        {
            using var json = JsonDocument.Parse(InputFile.ReadAllText(tokenizerConfigPath));
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("do_lower_case", out var value)
                ? value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw new InvalidDataException($"{tokenizerConfigPath}: do_lower_case must be true or false, not {value.GetRawText()}"),
                }
                : null;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{tokenizerConfigPath}: not valid JSON ({e.Message})", e);
        }
    }
}
