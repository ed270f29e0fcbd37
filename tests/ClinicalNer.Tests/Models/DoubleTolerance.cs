namespace ClinicalNer.Tests.Models;

/// <summary>Compares doubles within an absolute tolerance (for sequence equality assertions).</summary>
sealed class DoubleTolerance(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
