using System.CommandLine;
using System.Globalization;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Models;
using ClinicalNer.Models.Checkpoints;
using ClinicalNer.Models.Encoders;
using ClinicalNer.Models.Encoders.Bert;
using ClinicalNer.Models.Encoders.DistilBert;
using ClinicalNer.Runtime;
using ClinicalNer.Training;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>params</c>: a tagger's parameter count from its encoder's configuration alone (no weights read or allocated).</summary>
static class ParamsCommand
{
    public static Command Create()
    {
        var encoder = new Option<string>("--encoder") { Description = $"Checkpoint folder or hub model id; built in: {string.Join(", ", PaperEncoders.Configs.Keys)}" };
        var size = new Option<string>("--size") { Description = $"Instead of --encoder, the from-scratch Transformer: {string.Join(", ", SettingNames.Sizes.Names)}" };
        var head = new Option<TaggingHead>("--head") { Description = "apt or crf", Required = true };
        var labels = new Option<int>("--labels") { Description = "Number of labels (the paper's 19: O and B-/I- of nine types)", DefaultValueFactory = _ => 19 }.AtLeast(1);
        var command = new Command("params", "Print the parameter count of an encoder with an Apt or CRF head, computed from config.json alone (Table I of the paper).");
        foreach (var option in new Option[] { encoder, size, head, labels }) command.Options.Add(option);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            var (id, sizeName) = (pr.GetValue(encoder), pr.GetValue(size));
            if ((id is null) == (sizeName is null))
                throw new ArgumentException("give exactly one of --encoder ID_OR_PATH and --size NAME");
            TorchRuntime.EnsureLoaded();
            var located = id is not null
                ? EncoderConfigLookup.Find(id)
                : new LocatedEncoderConfig(DistilBertConfig.Size(SettingNames.Sizes.Parse(sizeName!)), $"from-scratch Transformer, size {sizeName}");
            var config = located.Config;
            long encoderCount = config.ParameterCount();
            long total = TokenTagger.ParameterCount(config, pr.GetValue(labels), pr.GetValue(head));
            var output = pr.InvocationConfiguration.Output;
            output.WriteLine($"encoder: {id ?? sizeName} ({Describe(config)}; {located.Origin})");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"encoder parameters: {encoderCount:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pr.GetValue(head).ToString().ToLowerInvariant()} head parameters ({pr.GetValue(labels)} labels): {total - encoderCount:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total parameters: {total:N0}"));
            return 0;
        }));
        return command;
    }

    static string Describe(EncoderConfig config) => config switch
    {
        BertConfig b => string.Create(CultureInfo.InvariantCulture, $"bert: {b.Layers} layers, width {b.Hidden}, vocabulary {b.VocabSize:N0}"),
        DistilBertConfig d => string.Create(CultureInfo.InvariantCulture, $"distilbert: {d.Layers} layers, width {d.Dim}, vocabulary {d.VocabSize:N0}"),
        _ => config.ModelType,
    };
}
