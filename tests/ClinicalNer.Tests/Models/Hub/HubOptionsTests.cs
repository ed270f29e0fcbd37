using ClinicalNer.Models.Hub;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Models.Hub;

public class HubOptionsTests
{
    static readonly string Home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    static HubOptions From(params (string Name, string Value)[] variables) =>
        HubOptions.FromEnvironment(name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void Defaults_follow_huggingface_hub()
    {
        var options = From();
        Assert.Equal(Path.Combine(Home, ".cache", "huggingface", "hub"), options.CacheDirectory);
        Assert.Equal("https://huggingface.co", options.Endpoint);
        Assert.False(options.Offline);
        Assert.Null(options.Token);
    }

    [Fact]
    public void Hub_cache_wins_over_hf_home_which_wins_over_xdg()
    {
        Assert.Equal("/c/hub", From(("XDG_CACHE_HOME", "/x"), ("HF_HOME", "/h"), ("HF_HUB_CACHE", "/c/hub")).CacheDirectory);
        Assert.Equal("/h/hub", From(("XDG_CACHE_HOME", "/x"), ("HF_HOME", "/h")).CacheDirectory);
        Assert.Equal("/x/huggingface/hub", From(("XDG_CACHE_HOME", "/x")).CacheDirectory);
        Assert.Equal("/old", From(("HUGGINGFACE_HUB_CACHE", "/old"), ("HF_HOME", "/h")).CacheDirectory);
        Assert.Equal(Path.Combine(Home, "hf", "hub"), From(("HF_HOME", "~/hf")).CacheDirectory);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("ON", true)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    public void Offline_flag_reads_like_python(string value, bool offline)
    {
        Assert.Equal(offline, From(("HF_HUB_OFFLINE", value)).Offline);
        Assert.Equal(offline, From(("TRANSFORMERS_OFFLINE", value)).Offline);
    }

    [Fact]
    public void Endpoint_and_token_come_from_the_environment()
    {
        var options = From(("HF_ENDPOINT", "http://127.0.0.1:8080/"), ("HF_TOKEN", "hf_x"));
        Assert.Equal(("http://127.0.0.1:8080", "hf_x"), (options.Endpoint, options.Token));
    }
}
