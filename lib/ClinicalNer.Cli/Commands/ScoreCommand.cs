using System.CommandLine;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Entities;
using ClinicalNer.Metrics.N2c2;
using ClinicalNer.Metrics.Reports;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>score</c>: one classification report of a prediction against gold at a chosen unit.</summary>
static class ScoreCommand
{
    public static Command Create()
    {
        var gold = MetricsArguments.Gold();
        var predicted = new Option<string>("--pred") { Description = "Predicted CoNLL file (same tokens as gold), or system brat folder for the n2c2 units.", Required = true };
        var unit = MetricsArguments.Unit();
        var json = MetricsArguments.Json();
        var labels = MetricsArguments.Labels();
        var map = MetricsArguments.Map();
        var wordPiece = new Option<string>("--wordpiece") { Description = "WordPiece vocab.txt: expand words into sub-tokens (continuations of B-X become I-X) for the sub-token units." };
        var confusion = new Option<bool>("--confusion") { Description = "Also print the confusion matrix (label units, text output)." };
        var errors = new Option<int?>("--errors") { Description = "Also print span error counts and up to N errors in context (entity units, text output)." }.AtLeast(0);
        var command = new Command("score", "Score a prediction against gold: scikit-learn label reports, seqeval entity reports, or the n2c2 2018 Track 2 script's scores.");
        foreach (var o in new Option[] { gold, predicted, unit, json, labels, map, wordPiece, confusion, errors }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(() =>
        {
            var u = ScoreUnits.Parse(pr.GetValue(unit)!);
            var options = MetricsArguments.Options(u, pr.GetValue(labels), pr.GetValue(map));
            bool asJson = pr.GetValue(json);
            if (pr.GetValue(wordPiece) is not null && !u.IsLabelUnit())
                throw new ArgumentException($"--wordpiece applies to the label units, not {u.Name()}");
            if (pr.GetValue(confusion) && (asJson || !u.IsLabelUnit()))
                throw new ArgumentException("--confusion prints with the text report of a label unit");
            if (pr.GetValue(errors) is not null && (asJson || !u.IsEntityUnit()))
                throw new ArgumentException("--errors prints with the text report of an entity unit");

            if (u.IsN2c2Unit())
            {
                var evaluation = N2c2Evaluation.Evaluate(pr.GetValue(gold)!, pr.GetValue(predicted)!, options.TypeMap);
                if (asJson) MetricsArguments.WarnSkipped(evaluation, pr.InvocationConfiguration.Error);
                pr.InvocationConfiguration.Output.Write(asJson ? ReportJson.Format(evaluation.Report(u)) + "\n" : evaluation.FormatTable(u));
                return 0;
            }
            var pair = MetricsArguments.ReadPair(pr.GetValue(gold)!, pr.GetValue(predicted)!, pr.GetValue(wordPiece));
            MetricsArguments.CheckLabels(u, options, pair);
            var report = Scorer.Score(pair, u, options);
            if (asJson)
            {
                pr.InvocationConfiguration.Output.Write(ReportJson.Format(report) + "\n");
                return 0;
            }
            pr.InvocationConfiguration.Output.Write(ReportText.Format(report, options));
            if (pr.GetValue(confusion)) pr.InvocationConfiguration.Output.Write("\n" + ConfusionMatrix.Of(pair, u, options).Format());
            if (pr.GetValue(errors) is { } limit) pr.InvocationConfiguration.Output.Write("\n" + SpanErrorAnalysis.Of(pair, u, options).Format(pair, limit));
            return 0;
        }));
        return command;
    }
}
