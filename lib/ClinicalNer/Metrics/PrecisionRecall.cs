namespace ClinicalNer.Metrics;

/// <summary>
/// The divisions behind every score, with zero division giving 0. Two F1 formulas are kept because the references
/// differ in the order of floating-point operations and the reports must match them to the last bit where possible.
/// </summary>
internal static class PrecisionRecall
{
    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, 0 when the denominator is 0.</summary>
    public static double Divide(long numerator, long denominator) =>
        denominator == 0 ? 0.0 : (double)numerator / denominator;

    /// <summary>scikit-learn's F1: <c>(1 + β²)·p·r / (β²·p + r)</c> with β = 1 and a zero denominator replaced by 1.</summary>
    public static double F1(double precision, double recall)
    {
        double denominator = precision + recall;
        if (denominator == 0.0) denominator = 1.0;
        return 2.0 * precision * recall / denominator;
    }

    /// <summary>The n2c2 script's F1 (<c>Measures.f_score</c>): <c>2·(p·r) / (p + r)</c>, 0 on a zero division.</summary>
    public static double OfficialF1(double precision, double recall)
    {
        double denominator = precision + recall;
        return denominator == 0.0 ? 0.0 : 2.0 * (precision * recall) / denominator;
    }
}
