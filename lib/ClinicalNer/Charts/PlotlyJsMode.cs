namespace ClinicalNer.Charts;

/// <summary>How an HTML chart gets plotly.js.</summary>
public enum PlotlyJsMode
{
    /// <summary>plotly.js (3.6 MB) inline in every chart: works offline anywhere. The default for saved pages.</summary>
    Inline,

    /// <summary>
    /// plotly.js inline in the first chart of this process only; later charts wait for it. Works offline in notebook
    /// front ends whose outputs share one page (VS Code), and keeps notebooks small. The default in notebooks.
    /// </summary>
    InlineOnce,

    /// <summary>plotly.js from the plotly CDN: small, but the viewer needs internet.</summary>
    Cdn,

    /// <summary>No plotly.js: the page must provide it (light outputs for committed notebooks).</summary>
    None,
}
