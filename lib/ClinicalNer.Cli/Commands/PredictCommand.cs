using System.CommandLine;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>predict</c>: tags raw notes with a run's model into brat files.</summary>
static class PredictCommand
{
    public static Command Create()
    {
        var run = new Option<string>("--run") { Description = "Trained run folder.", Required = true };
        var input = new Option<string>("--input") { Description = "Folder of notes (.txt).", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for ID.ann beside a copy of ID.txt.", Required = true };
        var confidence = new Option<bool>("--confidence") { Description = "Add each entity's confidence (CRF marginal or softmax probability, mean over its sub-tokens) as a brat # note." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the .ann and .txt files already in --out (never allowed into --input or the run folder)." };
        var device = new Option<string>("--device") { Description = "cpu or cuda.", DefaultValueFactory = _ => "cpu" }.AcceptOnlyFromAmong([.. SettingNames.Devices.Names]);
        var command = new Command("predict", "Tag notes with a trained run: brat .ann files next to copies of the .txt.");
        foreach (var o in new Option[] { run, input, output, confidence, overwrite, device }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            int notes = Tagger.PredictNotes(pr.GetValue(run)!, pr.GetValue(input)!, pr.GetValue(output)!, pr.GetValue(confidence), pr.GetValue(overwrite),
                                            SettingNames.Devices.Parse(pr.GetValue(device)!));
            pr.InvocationConfiguration.Error.WriteLine($"clinical-ner: tagged {notes} note(s) into {pr.GetValue(output)}");
            return 0;
        }));
        return command;
    }
}
