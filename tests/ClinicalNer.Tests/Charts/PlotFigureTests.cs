using System.Text.Json.Nodes;
using ClinicalNer.Charts;
using ClinicalNer.Charts.Rendering;
using ClinicalNer.Sample.Lexicons;

namespace ClinicalNer.Tests.Charts;

/// <summary>The figure JSON of each chart kind carries the caller's data in plotly.js's attributes.</summary>
public class PlotFigureTests
{
    [Fact]
    public void Bars_make_one_bar_trace_per_series_over_the_categories()
    {
        var figure = Figure(Plot.Bars("Counts", ["Drug", "Route"], ["gold", "predicted"], [[3, 1], [2, 4]], "label", "count"));
        var data = figure["data"]!.AsArray();
        Assert.Equal(["bar", "bar"], data.Select(t => (string)t!["type"]!));
        Assert.Equal(["gold", "predicted"], data.Select(t => (string)t!["name"]!));
        Assert.All(data, t => Assert.Equal(["Drug", "Route"], Strings(t!["x"])));
        Assert.Equal([3.0, 1.0], Numbers(data[0]!["y"]));
        Assert.Equal([2.0, 4.0], Numbers(data[1]!["y"]));
        AssertTitles(figure, "Counts", "label", "count");
    }

    [Fact]
    public void One_series_bars_are_named_after_the_chart()
    {
        var trace = Figure(Plot.Bars("Label distribution", ["Drug", "Route"], [5.0, 2.0]))["data"]!.AsArray().Single()!;
        Assert.Equal("Label distribution", (string?)trace["name"]);
        Assert.Equal([5.0, 2.0], Numbers(trace["y"]));
    }

    [Fact]
    public void Heatmap_keeps_rows_top_down_and_writes_formatted_cells_row_by_row()
    {
        var figure = Figure(Plot.Heatmap("Transitions", [[0.25, double.NaN], [1, 0.125]], ["B", "I"], ["O", "B"], "to", "from", "0.00"));
        var trace = figure["data"]!.AsArray().Single()!;
        Assert.Equal("heatmap", (string?)trace["type"]);
        Assert.Equal(["B", "I"], Strings(trace["x"]));
        Assert.Equal(["O", "B"], Strings(trace["y"]));
        Assert.Equal("reversed", (string?)figure["layout"]!["yaxis"]!["autorange"]);
        var cells = figure["layout"]!["annotations"]!.AsArray().Select(a => ((int)a!["x"]!, (int)a["y"]!, (string)a["text"]!)).ToArray();
        Assert.Equal([(0, 0, "0.25"), (1, 0, ""), (0, 1, "1.00"), (1, 1, "0.13")], cells);
        AssertTitles(figure, "Transitions", "to", "from");
    }

    [Fact]
    public void Heatmap_without_a_cell_format_writes_no_cell_text()
    {
        var figure = Figure(Plot.Heatmap("h", [[1.0]], ["a"], ["b"]));
        Assert.Null(figure["layout"]!["annotations"]);
    }

    [Fact]
    public void Heatmap_has_a_tick_for_every_row_and_column_on_category_axes()
    {
        var labels = Enumerable.Range(0, 19).Select(i => $"L{i}").ToArray();
        var layout = Figure(Plot.Heatmap("h", [.. labels.Select(_ => new double[19])], labels, labels))["layout"]!;
        foreach (var axis in new[] { layout["xaxis"]!, layout["yaxis"]! })
        {
            Assert.Equal("category", (string?)axis["type"]);
            Assert.Equal("linear", (string?)axis["tickmode"]);
            Assert.Equal(1, (int)axis["dtick"]!);
        }
    }

    [Fact]
    public void Heatmap_grows_26_pixels_a_row_beyond_ten_rows()
    {
        Assert.Equal(480, (int)Figure(Plot.Heatmap("h", [[1.0], [2.0]], ["a"], ["r1", "r2"]))["layout"]!["height"]!);
        // 220 px of title, axes and tick labels, and 26 px for each of 19 rows.
        var labels = Enumerable.Range(0, 19).Select(i => $"L{i}").ToArray();
        var chart = Plot.Heatmap("h", [.. labels.Select(_ => new[] { 1.0 })], ["a"], labels);
        Assert.Equal(714, (int)Figure(chart)["layout"]!["height"]!);
        Assert.Equal(714, chart.FigureHeight);
    }

    [Fact]
    public void Heatmap_cell_text_is_white_on_dark_cells_and_black_on_light_ones()
    {
        // The scale runs 0 to 1 here: 0 is #440154 (luminance 0.02) and 0.25 is #3b528b (0.09), below white's and
        // black's equal contrast at 0.179; 0.75 is #5ec962 (0.47) and 1 is #fde725 (0.79), above it.
        var figure = Figure(Plot.Heatmap("h", [[0, 1], [0.25, 0.75]], ["a", "b"], ["r", "s"], cellFormat: "0.00"));
        var colours = figure["layout"]!["annotations"]!.AsArray().Select(a => (string)a!["font"]!["color"]!).ToArray();
        Assert.Equal(["white", "black", "white", "black"], colours);
        var trace = figure["data"]!.AsArray().Single()!;
        Assert.Equal(0.0, (double)trace["zmin"]!);
        Assert.Equal(1.0, (double)trace["zmax"]!);
    }

    [Fact]
    public void Label_heatmap_puts_O_first_and_each_B_label_beside_its_I_label()
    {
        string[] labels = ["B-Drug", "B-ADE", "I-Drug", "O", "I-ADE"];
        // z[r][c] = 10 r + c, so each cell says where it came from.
        double[][] z = [.. Enumerable.Range(0, 5).Select(r => Enumerable.Range(0, 5).Select(c => 10.0 * r + c).ToArray())];
        var figure = Figure(Plot.LabelHeatmap("Confusion", z, labels, "predicted", "gold", "0"));
        var trace = figure["data"]!.AsArray().Single()!;
        Assert.Equal(["O", "B-ADE", "I-ADE", "B-Drug", "I-Drug"], Strings(trace["x"]));
        Assert.Equal(["O", "B-ADE", "I-ADE", "B-Drug", "I-Drug"], Strings(trace["y"]));
        // Row O (index 3 given) reads columns O, B-ADE, I-ADE, B-Drug, I-Drug (given 3, 1, 4, 0, 2).
        Assert.Equal([33.0, 31, 34, 30, 32], Numbers(trace["z"]![0]));
        Assert.Equal([23.0, 21, 24, 20, 22], Numbers(trace["z"]![4]));
    }

    [Fact]
    public void Heatmap_writes_cell_numbers_only_while_they_fit()
    {
        string[] Labels(int n) => [.. Enumerable.Range(0, n).Select(i => $"c{i}")];
        double[][] Row(int n) => [new double[n]];
        var fits = Figure(Plot.Heatmap("h", Row(Plot.MaxCellTextColumns), Labels(Plot.MaxCellTextColumns), ["r"], cellFormat: "0"));
        var crowded = Figure(Plot.Heatmap("h", Row(Plot.MaxCellTextColumns + 1), Labels(Plot.MaxCellTextColumns + 1), ["r"], cellFormat: "0"));
        Assert.Equal(Plot.MaxCellTextColumns, fits["layout"]!["annotations"]!.AsArray().Count);
        Assert.Null(crowded["layout"]!["annotations"]);
    }

    [Fact]
    public void Per_label_heatmap_orders_the_label_columns_and_keeps_the_rows()
    {
        string[] labels = ["B-Drug", "O", "I-Drug"];
        var figure = Figure(Plot.LabelHeatmap("Per label", [[1, 2, 3], [4, 5, 6]], labels, ["BERT-CRF", "TransformerCRF"], cellFormat: "0"));
        var trace = figure["data"]!.AsArray().Single()!;
        Assert.Equal(["O", "B-Drug", "I-Drug"], Strings(trace["x"]));
        Assert.Equal(["BERT-CRF", "TransformerCRF"], Strings(trace["y"]));
        Assert.Equal([2.0, 1, 3], Numbers(trace["z"]![0]));
        Assert.Equal([5.0, 4, 6], Numbers(trace["z"]![1]));
    }

    [Fact]
    public void Label_order_keeps_labels_that_are_not_IOB_last_in_their_given_order()
    {
        Assert.Equal([2, 3, 1, 0, 4], LabelOrder.ByType(["<pad>", "I-Route", "O", "B-Route", "[CLS]"]));
    }

    [Fact]
    public void Bars_draw_error_bars_symmetric_or_with_their_own_length_below()
    {
        var symmetric = Figure(Plot.Bars("F1", ["Drug", "Route"], [0.8, 0.6], errors: [0.05, 0.1]))["data"]!.AsArray().Single()!["error_y"]!;
        Assert.Equal("data", (string?)symmetric["type"]);
        Assert.True((bool)symmetric["symmetric"]!);
        Assert.Equal([0.05, 0.1], Numbers(symmetric["array"]));
        Assert.Null(symmetric["arrayminus"]);
        // A bootstrap interval of 0.02 to 0.12 around a difference of 0.10: 0.02 above, 0.08 below.
        var data = Figure(Plot.Bars("d", ["Drug"], ["CRF − Apt", "BIO − CRF"], [[0.10], [0.0]], errors: [[0.02], [0.03]], errorsBelow: [[0.08], [0.01]]))["data"]!.AsArray();
        Assert.False((bool)data[1]!["error_y"]!["symmetric"]!);
        Assert.Equal([0.03], Numbers(data[1]!["error_y"]!["array"]));
        Assert.Equal([0.01], Numbers(data[1]!["error_y"]!["arrayminus"]));
    }

    [Fact]
    public void Lines_draw_error_bars_only_when_given()
    {
        var data = Figure(Plot.Lines("F1", ["3 seeds"], [[1, 2]], [[0.5, 0.7]], errors: [[0.04, 0.02]]))["data"]!.AsArray();
        Assert.Equal([0.04, 0.02], Numbers(data.Single()!["error_y"]!["array"]));
        Assert.Null(Figure(Plot.Lines("F1", ["1 seed"], [[1, 2]], [[0.5, 0.7]]))["data"]![0]!["error_y"]);
    }

    [Fact]
    public void Error_bars_must_match_the_points_and_need_lengths_above()
    {
        var error = Assert.Throws<ArgumentException>(() => Plot.Lines("l", ["a"], [[1, 2]], [[1, 2]], errors: [[0.1]]));
        Assert.StartsWith("errors[0] has 1 entries but there are 2 points in series 0.", error.Message);
        Assert.Equal("errorsBelow", Assert.Throws<ArgumentException>(() => Plot.Bars("b", ["a"], [1.0], errorsBelow: [0.1])).ParamName);
    }

    [Fact]
    public void Lines_keep_each_series_own_x_values_and_show_markers()
    {
        var data = Figure(Plot.Lines("Loss", ["train", "dev"], [[1, 2, 3], [2, 4]], [[0.9, 0.5, 0.3], [0.8, 0.6]]))["data"]!.AsArray();
        Assert.All(data, t => Assert.Equal("lines+markers", (string?)t!["mode"]));
        Assert.Equal([1.0, 2.0, 3.0], Numbers(data[0]!["x"]));
        Assert.Equal([2.0, 4.0], Numbers(data[1]!["x"]));
        Assert.Equal([0.8, 0.6], Numbers(data[1]!["y"]));
    }

    [Fact]
    public void Scatter_labels_its_points_and_shows_its_own_hover_text()
    {
        var data = Figure(Plot.Scatter("F1", ["CRF"], [[1e6, 1e8]], [[0.8, 0.9]], [["small", "large"]], [["4M params", "110M params"]]))["data"]!.AsArray();
        var trace = data.Single()!;
        Assert.Equal("markers+text", (string?)trace["mode"]);
        Assert.Equal(["small", "large"], Strings(trace["text"]));
        Assert.Equal(["4M params", "110M params"], Strings(trace["hovertext"]));
        Assert.Equal("text", (string?)trace["hoverinfo"]);
        Assert.False((bool)trace["cliponaxis"]!);
    }

    [Fact]
    public void Scatter_without_labels_draws_markers_only()
    {
        var trace = Figure(Plot.Scatter("s", [1.0, 2.0], [3.0, 4.0]))["data"]!.AsArray().Single()!;
        Assert.Equal("markers", (string?)trace["mode"]);
        Assert.Null(trace["text"]);
        Assert.Null(trace["hovertext"]);
    }

    [Fact]
    public void Scatter_on_a_log_axis_sets_the_x_axis_type_to_log()
    {
        Assert.Equal("log", (string?)Figure(Plot.Scatter("s", [1e5, 1e8], [0.5, 0.9], logX: true))["layout"]!["xaxis"]!["type"]);
        Assert.NotEqual("log", (string?)Figure(Plot.Scatter("s", [1.0, 2.0], [0.5, 0.9]))["layout"]!["xaxis"]!["type"]);
    }

    [Fact]
    public void Labels_of_nearby_points_go_to_opposite_sides_and_labels_at_the_right_edge_go_left()
    {
        // On a log axis 1.00M and 1.01M are one place, 0.860 and 0.855 one line: either label would cover the other point.
        var data = Figure(Plot.Scatter("F1", ["full", "sambd"], [[1.00e6, 1.01e6, 1e8], [3e5]], [[0.86, 0.855, 0.9], [0.5]],
                                       [["crf", "apt", "bert"], ["lstm"]], logX: true))["data"]!.AsArray();
        var full = Strings(data[0]!["textposition"]);
        Assert.NotEqual(full[0], full[1]);
        Assert.Equal("middle left", full[2]);
        Assert.Equal(["middle right"], Strings(data[1]!["textposition"]));
    }

    [Fact]
    public void A_label_at_the_right_edge_never_goes_right_even_when_its_left_is_taken()
    {
        // The two MiniLM points of the sample's chart: one place on the log axis, 0.982 and 0.979 one line, at the far right.
        var data = Figure(Plot.Scatter("F1", ["full"], [[5.5e5, 2.27e7, 2.27e7]], [[0.80, 0.982, 0.979]],
                                       [["BiLSTM-CRF", "MiniLM-CRF", "MiniLM-Apt"]], logX: true))["data"]!.AsArray();
        var sides = Strings(data[0]!["textposition"]);
        Assert.All(sides[1..], side => Assert.EndsWith("left", side));
        Assert.NotEqual(sides[1], sides[2]);
    }

    [Fact]
    public void A_legend_is_shown_only_for_several_series()
    {
        Assert.False((bool)Figure(Plot.Bars("b", ["a"], [1.0]))["layout"]!["showlegend"]!);
        Assert.False((bool)Figure(Plot.Scatter("s", [1.0], [2.0]))["layout"]!["showlegend"]!);
        Assert.True((bool)Figure(Plot.Lines("l", ["train", "dev"], [[1], [1]], [[1], [2]]))["layout"]!["showlegend"]!);
    }

    [Fact]
    public void Figures_follow_the_page_width_at_a_fixed_height()
    {
        var layout = Figure(Plot.Bars("b", ["a"], [1.0]))["layout"]!;
        Assert.Null(layout["width"]);
        Assert.Equal(480, (int)layout["height"]!);
    }

    [Fact]
    public void Bars_with_a_series_of_the_wrong_length_name_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Plot.Bars("b", ["a", "b", "c"], ["s1", "s2"], [[1, 2, 3], [1, 2]]));
        Assert.Equal("values[1]", error.ParamName);
        Assert.StartsWith("values[1] has 2 entries but there are 3 categories.", error.Message);
    }

    [Fact]
    public void Lines_with_fewer_y_than_x_values_name_the_series()
    {
        var error = Assert.Throws<ArgumentException>(() => Plot.Lines("l", ["a"], [[1, 2]], [[1]]));
        Assert.StartsWith("ys[0] has 1 entries but there are 2 x values in xs[0].", error.Message);
    }

    [Fact]
    public void Heatmap_rows_must_match_the_row_labels()
    {
        var error = Assert.Throws<ArgumentException>(() => Plot.Heatmap("h", [[1.0], [2.0]], ["x"], ["only one"]));
        Assert.StartsWith("z has 2 entries but there are 1 row labels.", error.Message);
    }

    [Fact]
    public void Scatter_labels_must_match_the_points()
    {
        var error = Assert.Throws<ArgumentException>(() => Plot.Scatter("s", ["a"], [[1, 2]], [[1, 2]], labels: [["one"]]));
        Assert.StartsWith("labels[0] has 1 entries but there are 2 points in series 0.", error.Message);
    }

    static JsonNode Figure(PlotlyChart chart) => JsonNode.Parse(chart.FigureJson)!;

    static string[] Strings(JsonNode? array) => array!.AsArray().Select(v => (string)v!).ToArray();

    static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => (double)v!).ToArray();

    static void AssertTitles(JsonNode figure, string title, string xTitle, string yTitle)
    {
        var layout = figure["layout"]!;
        Assert.Equal(title, (string?)layout["title"]!["text"]);
        Assert.Equal(xTitle, (string?)layout["xaxis"]!["title"]!["text"]);
        Assert.Equal(yTitle, (string?)layout["yaxis"]!["title"]!["text"]);
    }
}
