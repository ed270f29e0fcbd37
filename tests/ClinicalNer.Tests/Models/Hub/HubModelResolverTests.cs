using System.Text;
using ClinicalNer.Models.Hub;

namespace ClinicalNer.Tests.Models.Hub;

public class HubModelResolverTests
{
    const string Repo = FakeHub.RepoId;

    static Dictionary<string, byte[]> TinyCheckpoint()
    {
        var weights = new byte[40_000];
        new Random(5).NextBytes(weights);
        return new()
        {
            ["config.json"] = Encoding.UTF8.GetBytes("{\"model_type\": \"bert\", \"hidden_size\": 8}\n"),
            ["vocab.txt"] = Encoding.UTF8.GetBytes("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nhug\n"),
            ["tokenizer_config.json"] = Encoding.UTF8.GetBytes("{\"do_lower_case\": false}\n"),
            ["model.safetensors"] = weights,
        };
    }

    static FakeHub Hub() => new(TinyCheckpoint(), "model.safetensors");

    static HubOptions Options(TempDir cache, FakeHub hub, TextWriter? progress = null) =>
        new() { CacheDirectory = cache.Path, Endpoint = hub.Endpoint, Retries = 2, NetworkTimeout = TimeSpan.FromSeconds(5), Progress = progress };

    static string RepoFolder(TempDir cache) => Path.Combine(cache.Path, "models--test-org--tiny-bert");

    [Fact]
    public void Download_lays_files_out_as_the_python_hub_cache()
    {
        using var cache = new TempDir();
        using var hub = Hub();
        var progress = new StringWriter();

        var checkpoint = HubModelResolver.Resolve(Repo, Options(cache, hub, progress));

        var snapshot = Path.Combine(RepoFolder(cache), "snapshots", FakeHub.Commit);
        Assert.Equal(new ResolvedCheckpoint(snapshot, CheckpointSource.Download, Repo, FakeHub.Commit), checkpoint);
        Assert.Equal(FakeHub.Commit, File.ReadAllText(Path.Combine(RepoFolder(cache), "refs", "main")));
        foreach (var (name, content) in hub.Files)
        {
            var link = Path.Combine(snapshot, name);
            Assert.Equal($"../../blobs/{hub.Etag(name)}", new FileInfo(link).LinkTarget);
            Assert.Equal(content, File.ReadAllBytes(link));
        }
        Assert.Equal(64, hub.Etag("model.safetensors").Length);
        Assert.Equal(Path.Combine(snapshot, "model.safetensors"), checkpoint.WeightsPath);
        Assert.Equal(Path.Combine(snapshot, "tokenizer_config.json"), checkpoint.TokenizerConfigPath);
        Assert.False(File.Exists(Path.Combine(snapshot, "special_tokens_map.json")));
        Assert.Empty(Directory.GetFiles(Path.Combine(RepoFolder(cache), "blobs"), "*.incomplete"));
        Assert.Contains("model.safetensors  40.0 kB / 40.0 kB  100%", progress.ToString());
    }

    [Fact]
    public void Files_after_config_are_asked_for_at_its_commit()
    {
        using var cache = new TempDir();
        using var hub = Hub();
        HubModelResolver.Resolve(Repo, Options(cache, hub));
        var heads = hub.Requests.Where(r => r.StartsWith("HEAD")).ToArray();
        Assert.Equal($"HEAD /{Repo}/resolve/main/config.json", heads[0]);
        Assert.All(heads.Skip(1), r => Assert.Contains($"/resolve/{FakeHub.Commit}/", r));
    }

    [Fact]
    public void Second_resolve_uses_the_cache_without_network()
    {
        using var cache = new TempDir();
        string endpoint;
        using (var hub = Hub())
        {
            HubModelResolver.Resolve(Repo, Options(cache, hub));
            endpoint = hub.Endpoint;
        }
        var again = HubModelResolver.Resolve(Repo, new HubOptions { CacheDirectory = cache.Path, Endpoint = endpoint, Retries = 0 });
        Assert.Equal(CheckpointSource.Cache, again.Source);
        Assert.Equal(FakeHub.Commit, again.Commit);
    }

    [Fact]
    public void Interrupted_download_resumes_with_a_range_request()
    {
        using var cache = new TempDir();
        using var hub = Hub();
        hub.CutOnce("model.safetensors", 12_345);

        var checkpoint = HubModelResolver.Resolve(Repo, Options(cache, hub));

        Assert.Equal(hub.Files["model.safetensors"], File.ReadAllBytes(checkpoint.WeightsPath!));
        var gets = hub.Requests.Where(r => r.StartsWith("GET /cdn/model.safetensors")).ToArray();
        Assert.Equal(["GET /cdn/model.safetensors", "GET /cdn/model.safetensors bytes=12345-"], gets);
    }

    [Fact]
    public void Partial_file_left_by_an_earlier_run_is_continued()
    {
        using var cache = new TempDir();
        using var hub = Hub();
        var blobs = Path.Combine(RepoFolder(cache), "blobs");
        Directory.CreateDirectory(blobs);
        File.WriteAllBytes(Path.Combine(blobs, hub.Etag("model.safetensors") + ".incomplete"), hub.Files["model.safetensors"][..30_000]);

        var checkpoint = HubModelResolver.Resolve(Repo, Options(cache, hub));

        Assert.Equal(hub.Files["model.safetensors"], File.ReadAllBytes(checkpoint.WeightsPath!));
        Assert.Contains("GET /cdn/model.safetensors bytes=30000-", hub.Requests);
    }

    [Theory]
    [InlineData("model.safetensors")] // LFS: etag is the SHA-256
    [InlineData("vocab.txt")]         // git: etag is the git blob SHA-1
    public void Corrupted_file_is_detected_and_not_kept(string file)
    {
        using var cache = new TempDir();
        using var hub = Hub();
        hub.Corrupted.Add(file);

        var e = Assert.Throws<InvalidDataException>(() => HubModelResolver.Resolve(Repo, Options(cache, hub)));

        Assert.Contains($"download of {file} is corrupt", e.Message);
        Assert.Contains(hub.Etag(file), e.Message);
        var blobs = Path.Combine(RepoFolder(cache), "blobs");
        Assert.False(File.Exists(Path.Combine(blobs, hub.Etag(file))));
        Assert.False(File.Exists(Path.Combine(blobs, hub.Etag(file) + ".incomplete")));
        Assert.False(File.Exists(Path.Combine(RepoFolder(cache), "snapshots", FakeHub.Commit, file)));
        Assert.False(File.Exists(Path.Combine(RepoFolder(cache), "refs", "main")));
    }

    [Fact]
    public void Pytorch_bin_is_taken_when_the_model_has_no_safetensors()
    {
        using var cache = new TempDir();
        var files = TinyCheckpoint();
        files["pytorch_model.bin"] = files["model.safetensors"];
        files.Remove("model.safetensors");
        using var hub = new FakeHub(files, "pytorch_model.bin");

        var checkpoint = HubModelResolver.Resolve(Repo, Options(cache, hub));

        Assert.Equal(Path.Combine(checkpoint.Folder, "pytorch_model.bin"), checkpoint.WeightsPath);
        Assert.Equal(CheckpointSource.Cache, HubModelResolver.Resolve(Repo, Options(cache, hub) with { Offline = true }).Source);
    }

    [Fact]
    public void Stopped_server_error_names_the_files_and_where_to_put_them()
    {
        using var cache = new TempDir();
        string endpoint;
        using (var hub = Hub()) endpoint = hub.Endpoint;

        var e = Assert.Throws<CheckpointUnavailableException>(() => HubModelResolver.Resolve(Repo,
            new HubOptions { CacheDirectory = cache.Path, Endpoint = endpoint, Retries = 0 }));

        Assert.Contains("could not be reached", e.Message);
        AssertNamesFilesAndPlaces(e.Message, cache);
    }

    [Fact]
    public void Offline_mode_never_touches_the_network()
    {
        using var cache = new TempDir();
        using var hub = Hub();

        var e = Assert.Throws<CheckpointUnavailableException>(() => HubModelResolver.Resolve(Repo, Options(cache, hub) with { Offline = true }));

        Assert.Contains("offline mode is on (HF_HUB_OFFLINE)", e.Message);
        AssertNamesFilesAndPlaces(e.Message, cache);
        Assert.Empty(hub.Requests);
    }

    static void AssertNamesFilesAndPlaces(string message, TempDir cache)
    {
        var snapshot = Path.Combine(RepoFolder(cache), "snapshots", "COMMIT");
        foreach (var file in new[] { "config.json", "vocab.txt", "model.safetensors", "pytorch_model.bin" })
        {
            Assert.Contains(Path.Combine("FOLDER", file), message);
            Assert.Contains(Path.Combine(snapshot, file), message);
        }
        Assert.Contains(Path.Combine(RepoFolder(cache), "refs", "main"), message);
    }

    [Fact]
    public void Cache_filled_by_hand_in_the_python_layout_resolves_offline()
    {
        using var cache = new TempDir();
        cache.Write("models--bert-base-cased/refs/main", "abc123");
        foreach (var file in new[] { "config.json", "vocab.txt", "pytorch_model.bin" })
            cache.Write($"models--bert-base-cased/snapshots/abc123/{file}", "x");

        var checkpoint = HubModelResolver.Resolve("bert-base-cased", new HubOptions { CacheDirectory = cache.Path, Offline = true });

        Assert.Equal(Path.Combine(cache.Path, "models--bert-base-cased", "snapshots", "abc123"), checkpoint.Folder);
        Assert.Equal(CheckpointSource.Cache, checkpoint.Source);
    }

    [Fact]
    public void Incomplete_cached_snapshot_is_not_used()
    {
        using var cache = new TempDir();
        cache.Write("models--bert-base-cased/refs/main", "abc123");
        cache.Write("models--bert-base-cased/snapshots/abc123/config.json", "{}");
        Assert.Throws<CheckpointUnavailableException>(() =>
            HubModelResolver.Resolve("bert-base-cased", new HubOptions { CacheDirectory = cache.Path, Offline = true }));
    }

    [Fact]
    public void Local_folder_comes_first_and_must_hold_config_json()
    {
        using var folder = new TempDir();
        var options = new HubOptions { CacheDirectory = folder.Path, Offline = true };
        var e = Assert.Throws<FileNotFoundException>(() => HubModelResolver.Resolve(folder.Path, options));
        Assert.Contains("has no config.json", e.Message);

        folder.Write("config.json", "{}");
        Assert.Equal(new ResolvedCheckpoint(folder.Path, CheckpointSource.LocalFolder), HubModelResolver.Resolve(folder.Path, options));
    }

    [Theory]
    [InlineData("/no/such/folder")]
    [InlineData("./missing")]
    [InlineData("a--b")]
    public void Neither_folder_nor_model_id_is_an_error(string idOrPath)
    {
        using var cache = new TempDir();
        var e = Assert.Throws<DirectoryNotFoundException>(() =>
            HubModelResolver.Resolve(idOrPath, new HubOptions { CacheDirectory = cache.Path, Offline = true }));
        Assert.Contains("neither a checkpoint folder nor a Hugging Face model id", e.Message);
    }

    [Fact]
    public void Unknown_model_on_the_hub_is_named()
    {
        using var cache = new TempDir();
        using var hub = Hub();
        var e = Assert.Throws<FileNotFoundException>(() => HubModelResolver.Resolve("other/model", Options(cache, hub)));
        Assert.Contains("'other/model' has no config.json", e.Message);
    }
}
