namespace ClinicalNer.Charts.Rendering;

/// <summary>Created by the notebook kernel (through <see cref="TypeFormatterSourceAttribute"/>) to display a <see cref="PlotlyChart"/>.</summary>
sealed class PlotlyChartFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
        [new HtmlFormatter<PlotlyChart>(chart => chart.ToHtml(NotebookDisplay.ChartMode, NotebookDisplay.ChartImages))];
}
