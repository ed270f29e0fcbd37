using System.Collections.Immutable;
using ClinicalNer.Models.Hub;

namespace ClinicalNer.Experiments.Grid;

/// <summary>
/// Which models a default grid can run here: the pre-trained ones only when their checkpoint resolves without a
/// download, and the workbench's own models only beside the paper's where the grid is the workbench's.
/// </summary>
public static class ModelAvailability
{
    /// <summary>The runnable models, and each skipped one with the reason.</summary>
    /// <param name="hub">Where checkpoints are looked up; the lookup is made offline whatever it says.</param>
    /// <param name="paperProtocol">Only the models the paper's protocol can train (<c>--preset paper</c>, the selection grid).</param>
    public static (ImmutableArray<GridModel> Models, ImmutableArray<string> Skipped) Default(HubOptions hub, bool paperProtocol = false)
    {
        var offline = hub with { Offline = true };
        var models = ImmutableArray.CreateBuilder<GridModel>();
        var skipped = ImmutableArray.CreateBuilder<string>();
        foreach (var model in GridModel.All.Where(m => m.HasPaperSettings || !paperProtocol))
        {
            if (model.Encoder is not { } encoder)
            {
                models.Add(model);
                continue;
            }
            try
            {
                HubModelResolver.Resolve(encoder, offline);
                models.Add(model);
            }
            catch (IOException)
            {
                skipped.Add($"{model.Name}: checkpoint {encoder} is not in the local Hugging Face cache ({hub.CacheDirectory}); " +
                            $"fill it with `huggingface-cli download {encoder}` or name the model in --models to download it");
            }
        }
        return (models.ToImmutable(), skipped.ToImmutable());
    }
}
