using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using ClinicalNer.Text.Sentences;

namespace ClinicalNer.Tests.Models.Hub;

/// <summary>
/// A tiny Hugging Face hub on 127.0.0.1 (one request per connection), serving one repository in the hub's URL
/// layout with its headers: git files with <c>ETag</c> = git blob SHA-1, LFS files as a 302 to <c>/cdn/SHA256</c>
/// with <c>X-Linked-Etag</c>/<c>X-Linked-Size</c>, <c>Range</c> honoured there. It can cut a download short or
/// serve a corrupted body, records every request, and stops when disposed (or after a minute at most).
/// </summary>
sealed class FakeHub : IDisposable
{
    public const string RepoId = "test-org/tiny-bert";
    public const string Commit = "3f1c2b4a5d6e7f8091a2b3c4d5e6f708192a3b4c";

    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(1));
    readonly ConcurrentDictionary<string, int> _cutAfter = new();
    readonly Task _loop;

    public FakeHub(Dictionary<string, byte[]> files, params string[] lfs)
    {
        Files = files;
        Lfs = [.. lfs];
        _listener.Start();
        Endpoint = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _loop = Task.Run(AcceptLoop);
    }

    /// <summary>The files of the repository at <see cref="Commit"/>.</summary>
    public Dictionary<string, byte[]> Files { get; }

    /// <summary>Files stored with Git LFS.</summary>
    public HashSet<string> Lfs { get; }

    /// <summary>Files whose served bytes have one byte flipped (headers still describe the true file).</summary>
    public HashSet<string> Corrupted { get; } = [];

    public string Endpoint { get; }

    /// <summary>"METHOD PATH" or "METHOD PATH bytes=N-" for each request, in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The next GET of <paramref name="file"/>'s bytes sends only <paramref name="bytes"/> bytes, then drops the connection.</summary>
    public void CutOnce(string file, int bytes) => _cutAfter[file] = bytes;

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string GitBlobSha1(byte[] content) =>
        Convert.ToHexStringLower(SHA1.HashData([.. Encoding.ASCII.GetBytes($"blob {content.Length}\0"), .. content]));

    public string Etag(string file) => Lfs.Contains(file) ? Sha256(Files[file]) : GitBlobSha1(Files[file]);

    async Task AcceptLoop()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => Serve(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
    }

    async Task Serve(TcpClient client)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            var stream = client.GetStream();
            var head = await ReadHead(stream, timeout.Token);
            var lines = head.Split("\r\n");
            var parts = lines[0].Split(' ');
            var (method, path) = (parts[0], parts[1]);
            var range = lines.Skip(1).FirstOrDefault(l => l.StartsWith("Range:", StringComparison.OrdinalIgnoreCase))?[6..].Trim();
            Requests.Enqueue(range is null ? $"{method} {path}" : $"{method} {path} {range}");
            await Respond(stream, method, path, range, timeout.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException) { }
    }

    async Task Respond(NetworkStream stream, string method, string path, string? range, CancellationToken cancel)
    {
        var resolvePrefix = $"/{RepoId}/resolve/";
        if (path.StartsWith(resolvePrefix, StringComparison.Ordinal))
        {
            var rest = path[resolvePrefix.Length..].Split('/', 2);
            if (rest[0] is not ("main" or Commit))
            {
                await Send(stream, "404 Not Found", [("X-Error-Code", "RevisionNotFound")], [], method, cancel);
                return;
            }
            if (!Files.TryGetValue(rest[1], out var content))
            {
                await Send(stream, "404 Not Found", [("X-Error-Code", "EntryNotFound")], [], method, cancel);
                return;
            }
            if (Lfs.Contains(rest[1]))
            {
                await Send(stream, "302 Found",
                    [("Location", $"/cdn/{rest[1]}"), ("X-Repo-Commit", Commit), ("X-Linked-Etag", $"\"{Etag(rest[1])}\""),
                     ("X-Linked-Size", content.Length.ToString()), ("ETag", "\"not-the-content-hash\"")], [], method, cancel);
                return;
            }
            await SendFile(stream, rest[1], [("X-Repo-Commit", Commit), ("ETag", $"\"{Etag(rest[1])}\"")], null, method, cancel);
            return;
        }
        if (path.StartsWith("/cdn/", StringComparison.Ordinal) && Files.ContainsKey(path[5..]))
        {
            await SendFile(stream, path[5..], [("ETag", $"\"{Etag(path[5..])}\"")], range, method, cancel);
            return;
        }
        await Send(stream, "404 Not Found", [], [], method, cancel);
    }

    async Task SendFile(NetworkStream stream, string file, (string, string)[] headers, string? range, string method, CancellationToken cancel)
    {
        var content = Files[file].ToArray();
        if (Corrupted.Contains(file)) content[content.Length / 2] ^= 0xFF;
        int from = range is not null && range.StartsWith("bytes=") ? int.Parse(range[6..].TrimEnd('-')) : 0;
        var body = content[from..];
        var status = from > 0 ? "206 Partial Content" : "200 OK";
        if (from > 0) headers = [.. headers, ("Content-Range", $"bytes {from}-{content.Length - 1}/{content.Length}")];
        if (method == "GET" && _cutAfter.TryRemove(file, out int cut))
        {
            // Announce the whole body, send part of it, and hang up.
            await WriteHead(stream, status, headers, body.Length, cancel);
            await stream.WriteAsync(body.AsMemory(0, cut), cancel);
            return;
        }
        await Send(stream, status, headers, body, method, cancel);
    }

    static async Task Send(NetworkStream stream, string status, (string, string)[] headers, byte[] body, string method, CancellationToken cancel)
    {
        await WriteHead(stream, status, headers, body.Length, cancel);
        if (method == "GET") await stream.WriteAsync(body, cancel);
    }

    static Task WriteHead(NetworkStream stream, string status, (string Name, string Value)[] headers, int length, CancellationToken cancel)
    {
        var head = new StringBuilder($"HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {length}\r\n");
        foreach (var (name, value) in headers) head.Append($"{name}: {value}\r\n");
        return stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancel).AsTask();
    }

    static async Task<string> ReadHead(NetworkStream stream, CancellationToken cancel)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (bytes.Count < 16_384 && !(bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, cancel) == 0) break;
            bytes.Add(one[0]);
        }
        return Encoding.ASCII.GetString([.. bytes]);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
