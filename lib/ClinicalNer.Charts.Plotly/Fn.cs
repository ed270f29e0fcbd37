using Microsoft.FSharp.Core;

namespace ClinicalNer.Charts.Plotly;

/// <summary>Turns C# lambdas into the F# functions that Plotly.NET's module functions take.</summary>
static class Fn
{
    public static FSharpFunc<TIn, TOut> Of<TIn, TOut>(Func<TIn, TOut> f) => FuncConvert.FromFunc(f);
}
