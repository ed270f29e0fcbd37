using System.CommandLine;
using ClinicalNer.Cli.Commands;
using ClinicalNer.Cli.Commands.Bench;

var root = new RootCommand("clinical-ner: a workbench for clinical named-entity recognition (n2c2-2018 Track 2 and other brat corpora).");
foreach (var command in new Command[]
{
    SampleCommand.Create(),
    StatsCommand.Create(),
    ConvertCommand.Create(),
    DownsampleCommand.Create(),
    ScoreCommand.Create(),
    CompareCommand.Create(),
    TrainCommand.Create(),
    EvaluateCommand.Create(),
    PredictCommand.Create(),
    BenchCommand.Create(),
    ParamsCommand.Create(),
    ImportOnnxCommand.Create(),
    ReproduceCommand.Create(),
    GridRunCommand.Create(),
})
    root.Subcommands.Add(command);

return root.Parse(args).Invoke();
