using System.CommandLine;
using System.Globalization;
using ClinicalNer.Models.Onnx;
using ClinicalNer.Runtime;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>import-onnx</c>: a BERT ONNX export and its vocabulary into a Hugging Face checkpoint folder that <c>--encoder</c> takes.</summary>
static class ImportOnnxCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The ONNX export of a BERT encoder (FILE.onnx)", Required = true };
        var vocab = new Option<string>("--vocab") { Description = "Its vocab.txt (one token a line, as many as the word embeddings have rows)", Required = true };
        var output = new Option<string>("--out") { Description = "The checkpoint folder to create (must not exist, or be empty)", Required = true };
        var lowerCase = new Option<bool?>("--lowercase") { Description = "Whether the tokenizer lower-cases (default: true when no vocabulary token has an upper-case letter)" };
        var heads = new Option<int?>("--heads") { Description = "Attention heads per layer; needed only when the graph does not tell it" };
        var command = new Command("import-onnx",
            "Convert a BERT ONNX export (embeddings, biases and LayerNorms under Hugging Face names, linear weights as MatMul initializers) " +
            "into a Hugging Face folder: config.json, vocab.txt, tokenizer_config.json, model.safetensors.");
        foreach (var option in new Option[] { model, vocab, output, lowerCase, heads }) command.Options.Add(option);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            TorchRuntime.EnsureLoaded();
            var config = OnnxCheckpointImport.Import(pr.GetValue(model)!, pr.GetValue(vocab)!, pr.GetValue(output)!, pr.GetValue(lowerCase), pr.GetValue(heads));
            pr.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFullPath(pr.GetValue(output)!)}: bert, {config.Layers} layers, width {config.Hidden}, {config.Heads} heads, FFN {config.IntermediateSize}, vocabulary {config.VocabSize:N0}, {config.ParameterCount():N0} parameters"));
            return 0;
        }));
        return command;
    }
}
