using System.Net;
using System.Net.Http.Headers;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Models.Hub;

/// <summary>
/// The HTTP side of the hub, in <c>huggingface_hub</c>'s protocol: a HEAD request on
/// <c>{endpoint}/{repo_id}/resolve/{revision}/{filename}</c> answers the commit (<c>X-Repo-Commit</c>), the etag
/// (<c>X-Linked-Etag</c> for Git LFS files, else <c>ETag</c>), the size (<c>X-Linked-Size</c>, else
/// <c>Content-Length</c>) and, for LFS files, a redirect to the bytes; a GET with <c>Range</c> resumes a
/// partial download.
/// </summary>
internal sealed class HubClient : IDisposable
{
    const int MaxRedirects = 5;
    readonly HttpClient _http;
    readonly HubOptions _options;
    readonly Uri _endpoint;

    public HubClient(HubOptions options)
    {
        _options = options;
        _endpoint = new Uri(options.Endpoint.TrimEnd('/') + "/");
        _http = new HttpClient(new SocketsHttpHandler
        {
            // Redirects are followed by hand: the hub's headers sit on the redirect itself, and the token must not follow it to a CDN.
            AllowAutoRedirect = false,
            ConnectTimeout = options.NetworkTimeout,
            AutomaticDecompression = DecompressionMethods.None,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("clinical-ner");
    }

    /// <summary><c>{endpoint}/{repo_id}/resolve/{revision}/{filename}</c>.</summary>
    public Uri ResolveUrl(string repoId, string revision, string file) =>
        new(_endpoint, $"{repoId}/resolve/{Uri.EscapeDataString(revision)}/{file}");

    /// <summary>What the hub says of a file, or null when the revision has no such file.</summary>
    public async Task<HubFileMetadata?> MetadataAsync(string repoId, string revision, string file, CancellationToken cancel)
    {
        var url = ResolveUrl(repoId, revision, file);
        for (int hop = 0; hop <= MaxRedirects; hop++)
        {
            using var response = await SendAsync(HttpMethod.Head, url, range: 0, cancel);
            if (IsRedirect(response, url, out var target))
            {
                if (Header(response, "X-Linked-Etag") is null) { url = target; continue; }
                return Metadata(response, file, url, target);
            }
            if (response.StatusCode == HttpStatusCode.NotFound && Header(response, "X-Error-Code") is null or "EntryNotFound") return null;
            if (response.IsSuccessStatusCode) return Metadata(response, file, url, url);
            throw Refusal(response, repoId, revision);
        }
        throw new HttpRequestException($"more than {MaxRedirects} redirects from {url}");
    }

    /// <summary>
    /// Downloads a file's bytes into <paramref name="partial"/>, continuing whatever it already holds with a
    /// <c>Range</c> request and resuming again after a lost connection, up to <see cref="HubOptions.Retries"/> times.
    /// </summary>
    public async Task DownloadAsync(HubFileMetadata file, string partial, CancellationToken cancel)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                await FetchAsync(file, partial, cancel);
                return;
            }
            catch (Exception e) when (IsNetworkFailure(e, cancel) && attempt < _options.Retries)
            {
                _options.Progress?.WriteLine($"\n{file.File}: {e.Message}; resuming ({attempt + 1}/{_options.Retries})");
                await Task.Delay(TimeSpan.FromMilliseconds(200 * (attempt + 1)), cancel);
            }
        }
    }

    /// <summary>True for a failure that a later attempt may not meet: no connection, a lost one, a silent server, a server error.</summary>
    public static bool IsNetworkFailure(Exception e, CancellationToken cancel) =>
        e is HttpRequestException || e is OperationCanceledException && !cancel.IsCancellationRequested;

    async Task FetchAsync(HubFileMetadata file, string partial, CancellationToken cancel)
    {
        long have = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        if (have > 0 && have == file.Size) return;
        if (have > file.Size) have = 0;

        var url = file.DownloadUrl;
        for (int hop = 0; hop <= MaxRedirects; hop++)
        {
            using var response = await SendAsync(HttpMethod.Get, url, have, cancel);
            if (IsRedirect(response, url, out var target)) { url = target; continue; }
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && have > 0) { have = 0; continue; }
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);

            // A server that ignores Range sends the whole file again (200): start over.
            bool resume = have > 0 && response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From == have;
            if (!resume) have = 0;
            var progress = new DownloadProgress(_options.Progress, file.File, file.Size, have);
            await using (var output = new FileStream(partial, resume ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None))
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancel);
                await CopyAsync(body, output, progress, cancel);
            }
            progress.Finish();
            return;
        }
        throw new HttpRequestException($"more than {MaxRedirects} redirects from {file.DownloadUrl}");
    }

    async Task CopyAsync(Stream body, FileStream output, DownloadProgress progress, CancellationToken cancel)
    {
        var buffer = new byte[1 << 16];
        using var silence = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        while (true)
        {
            silence.CancelAfter(_options.NetworkTimeout);
            int n;
            try
            {
                n = await body.ReadAsync(buffer, silence.Token);
            }
            catch (IOException e)
            {
                throw new HttpRequestException($"connection lost after {output.Length} bytes ({e.Message})", e);
            }
            if (n == 0) return;
            await output.WriteAsync(buffer.AsMemory(0, n), cancel);
            progress.Add(n);
        }
    }

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, long range, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(method, url);
        if (range > 0) request.Headers.Range = new RangeHeaderValue(range, null);
        if (_options.Token is { } token && url.Authority == _endpoint.Authority)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var silence = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        silence.CancelAfter(_options.NetworkTimeout);
        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, silence.Token);
    }

    static bool IsRedirect(HttpResponseMessage response, Uri url, out Uri target)
    {
        target = response.Headers.Location is { } location ? new Uri(url, location) : url;
        return (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is not null;
    }

    static HubFileMetadata Metadata(HttpResponseMessage response, string file, Uri url, Uri downloadUrl)
    {
        var commit = Header(response, "X-Repo-Commit")
            ?? throw new InvalidDataException($"{url} answered without an X-Repo-Commit header: is HF_ENDPOINT a Hugging Face hub?");
        var etag = Header(response, "X-Linked-Etag") ?? response.Headers.ETag?.Tag ?? Header(response, "ETag")
            ?? throw new InvalidDataException($"{url} answered without an ETag header: the file cannot be verified");
        long? size = long.TryParse(Header(response, "X-Linked-Size"), out long linked) ? linked : response.Content.Headers.ContentLength;
        return new HubFileMetadata(file, commit, NormalizeEtag(etag), size, downloadUrl);
    }

    /// <summary>The etag without weak marker and quotes, as <c>huggingface_hub</c> stores it.</summary>
    internal static string NormalizeEtag(string etag) =>
        (etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag).Trim('"');

    static Exception Refusal(HttpResponseMessage response, string repoId, string revision)
    {
        var code = Header(response, "X-Error-Code");
        return code switch
        {
            "RevisionNotFound" => new FileNotFoundException($"model '{repoId}' has no revision '{revision}'"),
            "GatedRepo" => new InvalidOperationException($"model '{repoId}' is gated: accept its terms on the hub, then set HF_TOKEN"),
            _ when code == "RepoNotFound" || response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new FileNotFoundException($"model '{repoId}' was not found on the hub (a private model needs HF_TOKEN)"),
            _ => new HttpRequestException($"the hub answered {(int)response.StatusCode} {response.ReasonPhrase} for '{repoId}'", null, response.StatusCode),
        };
    }

    static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? values.FirstOrDefault() : null;

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
