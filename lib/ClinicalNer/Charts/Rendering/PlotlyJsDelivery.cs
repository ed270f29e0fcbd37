namespace ClinicalNer.Charts.Rendering;

/// <summary>Whether plotly.js has been sent to a page yet, for <see cref="PlotlyJsMode.InlineOnce"/>.</summary>
sealed class PlotlyJsDelivery
{
    int _sent;

    /// <summary>True exactly once: for the first chart that asks, which then carries plotly.js.</summary>
    public bool TakeFirst() => Interlocked.Exchange(ref _sent, 1) == 0;
}
