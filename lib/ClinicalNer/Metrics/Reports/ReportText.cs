using System.Text;
using ClinicalNer.Metrics.N2c2;

namespace ClinicalNer.Metrics.Reports;

/// <summary>
/// A report as text: a line naming unit, mode and scheme, then the table in the layout of scikit-learn's
/// <c>classification_report</c> (label units) or seqeval's (entity units), 4 digits.
/// </summary>
public static class ReportText
{
    const int Digits = 4;

    /// <summary>Formats <paramref name="report"/>; <paramref name="options"/> are named in the first line when set.</summary>
    /// <exception cref="ArgumentException">The report is of an n2c2 unit (see <see cref="N2c2Evaluation.FormatTable"/>).</exception>
    public static string Format(ScoreReport report, ScoreOptions? options = null)
    {
        if (report.Unit.IsN2c2Unit())
            throw new ArgumentException("n2c2 reports print the official script's table", nameof(report));
        var sb = new StringBuilder();
        sb.Append(Title(report.Unit, options)).Append('\n');
        int width = Math.Max(Math.Max(report.Classes.Select(c => c.Name.Length).DefaultIfEmpty(0).Max(), "weighted avg".Length), Digits);
        sb.Append(new string(' ', width)).Append(' ');
        foreach (string h in (ReadOnlySpan<string>)["precision", "recall", "f1-score", "support"]) sb.Append(' ').Append(h.PadLeft(9));
        sb.Append("\n\n");
        foreach (var c in report.Classes) Row(sb, c.Name, c.Scores, width);
        sb.Append('\n');
        if (report.Accuracy is { } accuracy)
            sb.Append("accuracy".PadLeft(width)).Append(' ').Append(' ', 20)
              .Append(' ').Append(PythonFormat.Fixed(accuracy, Digits).PadLeft(9))
              .Append(' ').Append(report.Micro.Support.ToString().PadLeft(9)).Append('\n');
        else
            Row(sb, "micro avg", report.Micro, width);
        Row(sb, "macro avg", report.Macro, width);
        Row(sb, "weighted avg", report.Weighted, width);
        return sb.ToString();
    }

    /// <summary>The first line of every report: <c>unit: U  mode: M  scheme: S</c> and the options, if any.</summary>
    public static string Title(ScoreUnit unit, ScoreOptions? options = null)
    {
        string title = $"unit: {unit.Name()}  mode: {unit.Mode()}  scheme: {unit.Scheme()}";
        string described = options?.Describe() ?? "";
        return described.Length == 0 ? title : title + "  " + described;
    }

    static void Row(StringBuilder sb, string name, Scores s, int width)
    {
        sb.Append(name.PadLeft(width)).Append(' ');
        foreach (double v in (ReadOnlySpan<double>)[s.Precision, s.Recall, s.F1])
            sb.Append(' ').Append(PythonFormat.Fixed(v, Digits).PadLeft(9));
        sb.Append(' ').Append(s.Support.ToString().PadLeft(9)).Append('\n');
    }
}
