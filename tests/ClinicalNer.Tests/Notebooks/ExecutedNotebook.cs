using System.Text.Json.Nodes;

namespace ClinicalNer.Tests.Notebooks;

/// <summary>A notebook as dotnet-repl wrote it after running every cell: its code cells with their outputs.</summary>
public sealed record ExecutedNotebook(IReadOnlyList<ExecutedCell> Cells)
{
    public static ExecutedNotebook Read(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var cells = new List<ExecutedCell>();
        foreach (var cell in root["cells"]!.AsArray())
        {
            if ((string?)cell!["cell_type"] != "code") continue;
            var outputs = cell["outputs"]?.AsArray() ?? [];
            cells.Add(new ExecutedCell(
                Text(cell["source"]),
                Tags(cell["metadata"]),
                outputs.Select(o => (string?)o!["output_type"] == "error" ? $"{o["ename"]}: {o["evalue"]}" : null).OfType<string>().ToArray(),
                outputs.Select(o => Text(o!["data"]?["text/html"])).Where(h => h.Length > 0).ToArray(),
                outputs.Select(o => Text(o!["data"]?["text/plain"]) + Text(o!["text"])).Where(t => t.Length > 0).ToArray()));
        }
        return new ExecutedNotebook(cells);
    }

    /// <summary>ipynb stores text as a string or as a list of lines.</summary>
    static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    static string[] Tags(JsonNode? metadata) => metadata?["tags"]?.AsArray().Select(t => (string?)t).OfType<string>().ToArray() ?? [];
}

/// <summary>One executed code cell.</summary>
/// <param name="Source">The cell's code.</param>
/// <param name="Tags">Jupyter tags from the cell's metadata.</param>
/// <param name="Errors">"name: message" of each error output.</param>
/// <param name="Html">Each text/html output.</param>
/// <param name="PlainText">Each text/plain or stream output.</param>
public sealed record ExecutedCell(string Source, string[] Tags, string[] Errors, string[] Html, string[] PlainText);
