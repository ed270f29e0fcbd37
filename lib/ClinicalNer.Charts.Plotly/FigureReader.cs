using Microsoft.FSharp.Collections;
using Newtonsoft.Json.Linq;
using Plotly.NET;

namespace ClinicalNer.Charts.Plotly;

/// <summary>
/// Turns figure JSON back into a Plotly.NET chart, so that a figure made anywhere (and carried across the load-context
/// boundary as text) can be handed to Plotly.NET.ImageExport. Properties are kept as JSON tokens, which Plotly.NET's
/// serializer writes back unchanged.
/// </summary>
static class FigureReader
{
    public static GenericChart Read(string figureJson)
    {
        var figure = JObject.Parse(figureJson);
        var traces = new List<Trace>();
        foreach (var item in figure["data"] as JArray ?? [])
        {
            var data = (JObject)item;
            var trace = new Trace(data.Value<string>("type") ?? "scatter");
            foreach (var property in data.Properties())
                if (property.Name != "type") trace.SetProperty(property.Name, property.Value);
            traces.Add(trace);
        }
        var layout = new Layout();
        foreach (var property in (figure["layout"] as JObject)?.Properties() ?? [])
            layout.SetProperty(property.Name, property.Value);
        return GenericChart.fromFigure(new Figure(ListModule.OfSeq(traces), layout, FSharpList<Frame>.Empty));
    }
}
