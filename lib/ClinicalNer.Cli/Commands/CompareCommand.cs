using System.CommandLine;
using ClinicalNer.Cli.Commands.Arguments;
using ClinicalNer.Metrics;
using ClinicalNer.Metrics.Bootstrap;
using ClinicalNer.Metrics.N2c2;

namespace ClinicalNer.Cli.Commands;

/// <summary><c>compare</c>: paired bootstrap between two predictions of the same gold.</summary>
static class CompareCommand
{
    public static Command Create()
    {
        var gold = MetricsArguments.Gold();
        var predicted = new Option<string[]>("--pred") { Description = "Two predictions A and B (give --pred twice): CoNLL files, or brat folders for the n2c2 units.", Required = true };
        var unit = MetricsArguments.Unit();
        var json = MetricsArguments.Json();
        var labels = MetricsArguments.Labels();
        var map = MetricsArguments.Map();
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap draws.", DefaultValueFactory = _ => 1 };
        var samples = new Option<int>("--samples") { Description = "Number of bootstrap samples.", DefaultValueFactory = _ => 1000 }.AtLeast(1);
        var command = new Command("compare", "Paired bootstrap over documents between two systems: F1 per class, micro and macro, with confidence intervals, the difference and its p-value.");
        foreach (var o in new Option[] { gold, predicted, unit, json, labels, map, seed, samples }) command.Options.Add(o);
        command.SetAction(pr => Verb.Run(() =>
        {
            var u = ScoreUnits.Parse(pr.GetValue(unit)!);
            var options = MetricsArguments.Options(u, pr.GetValue(labels), pr.GetValue(map));
            var systems = pr.GetValue(predicted)!;
            if (systems.Length != 2) throw new ArgumentException($"--pred must be given exactly twice (A and B), got {systems.Length}");
            var bootstrap = new BootstrapOptions { Samples = pr.GetValue(samples), Seed = pr.GetValue(seed) };
            BootstrapComparison comparison;
            if (u.IsN2c2Unit())
            {
                var a = N2c2Evaluation.Evaluate(pr.GetValue(gold)!, systems[0], options.TypeMap);
                var b = N2c2Evaluation.Evaluate(pr.GetValue(gold)!, systems[1], options.TypeMap);
                MetricsArguments.WarnSkipped(a, pr.InvocationConfiguration.Error);
                MetricsArguments.WarnSkipped(b, pr.InvocationConfiguration.Error);
                comparison = PairedBootstrap.Compare(a, b, u, bootstrap);
            }
            else
            {
                var a = MetricsArguments.ReadPair(pr.GetValue(gold)!, systems[0], null);
                var b = MetricsArguments.ReadPair(pr.GetValue(gold)!, systems[1], null);
                MetricsArguments.CheckLabels(u, options, a, b);
                comparison = PairedBootstrap.Compare(a, b, u, bootstrap, options);
            }
            pr.InvocationConfiguration.Output.Write(pr.GetValue(json)
                ? ComparisonText.FormatJson(comparison, systems[0], systems[1]) + "\n"
                : ComparisonText.Format(comparison, systems[0], systems[1]));
            return 0;
        }));
        return command;
    }
}
