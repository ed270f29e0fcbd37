namespace ClinicalNer.Tests.Training;

/// <summary>
/// Test classes that train models or seed torch run one at a time: torch's default generator and thread count are process-wide, so
/// a concurrent training would change another's random draws and break its bit-exact resume checks.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TorchTrainingCollection
{
    public const string Name = "torch training";
}
