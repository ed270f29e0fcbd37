using System.CommandLine;
using ClinicalNer.Metrics;
using ClinicalNer.Training.Settings;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>evaluate</c>: scores a run's model on a corpus's test split at every unit into <c>RUN/metrics.json</c>.</summary>
static class EvaluateCommand
{
    public static Command Create()
    {
        var run = new Option<string>("--run") { Description = "Trained run folder.", Required = true };
        var data = new Option<string>("--data") { Description = "Corpus folder whose test split (test/ or test.txt) is scored.", Required = true };
        var device = new Option<string>("--device") { Description = "cpu or cuda.", DefaultValueFactory = _ => "cpu" }.AcceptOnlyFromAmong([.. SettingNames.Devices.Names]);
        var command = new Command("evaluate", "Score a finished run on the test split at every unit; writes RUN/metrics.json and RUN/predictions/ (other data than the run's own: RUN/metrics-ID.json and RUN/predictions-ID/).");
        foreach (var o in new Option[] { run, data, device }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(pr, () =>
        {
            var evaluation = Tagger.EvaluateRun(pr.GetValue(run)!, pr.GetValue(data)!, SettingNames.Devices.Parse(pr.GetValue(device)!));
            if (evaluation.OtherData is not null) pr.InvocationConfiguration.Error.WriteLine($"clinical-ner: {evaluation.OtherData}");
            var output = pr.InvocationConfiguration.Output;
            foreach (var (unit, report) in evaluation.Reports)
                output.WriteLine($"{unit.Name(),-15} micro F1 {report.Micro.F1:F4}  macro F1 {report.Macro.F1:F4}");
            if (evaluation.Collapse is not null) pr.InvocationConfiguration.Error.WriteLine($"clinical-ner: warning: {evaluation.Collapse}");
            return 0;
        }));
        return command;
    }
}
