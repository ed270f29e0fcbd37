using System.CommandLine;
using ClinicalNer.Inference;
using ClinicalNer.Metrics;
using ClinicalNer.Training;
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
            var (reports, collapse) = RunEvaluation.Evaluate(pr.GetValue(run)!, pr.GetValue(data)!, SettingNames.Devices.Parse(pr.GetValue(device)!));
            var recorded = RunConfig.Load(Path.Combine(pr.GetValue(run)!, "config.json"));
            if (RunMetrics.Suffix(recorded, pr.GetValue(data)!) is { Length: > 0 } suffix)
                pr.InvocationConfiguration.Error.WriteLine(
                    $"clinical-ner: {pr.GetValue(data)} is not the run's own data ({recorded.Data}): scores in metrics{suffix}.json and predictions{suffix}/, metrics.json unchanged");
            var output = pr.InvocationConfiguration.Output;
            foreach (var (name, report) in reports)
                output.WriteLine($"{name,-15} micro F1 {report.Micro.F1:F4}  macro F1 {report.Macro.F1:F4}");
            if (collapse is not null) pr.InvocationConfiguration.Error.WriteLine($"clinical-ner: warning: {collapse}");
            return 0;
        }));
        return command;
    }
}
