using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Attribution.Semantics.Citations;

namespace Attribution.Sources;

/// <summary>How cited pages are downloaded, and the limits that keep a download safe.</summary>
public sealed record FetchOptions
{
    /// <summary>Where downloaded pages are kept, so that a page is downloaded once.</summary>
    public required string CacheDirectory { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public long MaxBytes { get; init; } = 5L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Allow loopback, private and link-local addresses (an intranet, a test server on this machine).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Which addresses are refused: private ones unless allowed; tests narrow it to tell one loopback address from another.</summary>
    internal Func<IPAddress, bool> IsRefused => RefusedAddresses ?? (AllowPrivateAddresses ? _ => false : NetworkAddresses.IsPrivate);

    internal Func<IPAddress, bool>? RefusedAddresses { get; init; }
}

/// <summary>A cited page that could not be downloaded; the message is one line for the notice.</summary>
public sealed class SourceFetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Downloads cited pages, http and https only. Every connection checks the addresses the host resolves to when it
/// is made (so a name that resolves to a private address is refused, whatever it resolved to before), redirects are
/// followed here, hop by hop, each checked like the first, and a redirect to another scheme or from https to http
/// is refused. A download stops at the size limit and the time limit. What was downloaded is cached by address.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public SourceFetcher(FetchOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            ConnectCallback = ConnectAsync,
            UseProxy = false,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("attrib/0.1 (quotation checker)");
    }

    /// <summary>The page's bytes and a file name whose extension says how to read it; failures throw <see cref="SourceFetchException"/>.</summary>
    public (byte[] Bytes, string FileName) Fetch(string url)
    {
        // A page downloaded with private addresses allowed is kept apart: a later run without --allow-private must
        // not read an intranet page out of the cache that it could not have downloaded.
        var cached = Path.Combine(_options.CacheDirectory, CacheName(url) + (_options.AllowPrivateAddresses ? PrivateSuffix : ""));
        foreach (var name in _options.AllowPrivateAddresses ? [cached, Path.Combine(_options.CacheDirectory, CacheName(url))] : new[] { cached })
        {
            foreach (var extension in new[] { ".html", ".md", ".txt" })
            {
                if (File.Exists(name + extension))
                {
                    return (File.ReadAllBytes(name + extension), name + extension);
                }
            }
        }
        var (bytes, fileExtension) = Download(url);
        try
        {
            Directory.CreateDirectory(_options.CacheDirectory);
            var temporary = cached + fileExtension + ".part";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, cached + fileExtension, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs a download next time, nothing else.
        }
        return (bytes, cached + fileExtension);
    }

    private (byte[] Bytes, string Extension) Download(string url)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout);
        try
        {
            return DownloadAsync(new Uri(url), timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new SourceFetchException($"no answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new SourceFetchException(Innermost(e));
        }
        catch (IOException e)
        {
            throw new SourceFetchException(e.Message, e);
        }
    }

    private async Task<(byte[], string)> DownloadAsync(Uri uri, CancellationToken cancel)
    {
        for (var hop = 0; ; hop++)
        {
            CheckScheme(uri);
            CheckLiteralAddress(uri);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new SourceFetchException($"more than {_options.MaxRedirects} redirects");
                }
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                {
                    throw new SourceFetchException($"redirected to a {next.Scheme}: address, not fetched");
                }
                if (uri.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
                {
                    throw new SourceFetchException($"redirected from https to http ({next}), not fetched");
                }
                uri = next;
                continue;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new SourceFetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }
            var extension = ExtensionFor(response.Content.Headers.ContentType?.MediaType, uri)
                ?? throw new SourceFetchException($"not a page attrib can read ({response.Content.Headers.ContentType?.MediaType})");
            if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
            {
                throw new SourceFetchException($"{length} bytes, larger than the limit of {_options.MaxBytes} bytes");
            }
            return (await ReadLimitedAsync(response.Content, cancel).ConfigureAwait(false), extension);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new SourceFetchException($"larger than the limit of {_options.MaxBytes} bytes");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static void CheckScheme(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new SourceFetchException($"only http and https addresses are fetched, not {uri.Scheme}:");
        }
    }

    /// <summary>An address written in the URL is refused before any connection is tried, with the plainest message.</summary>
    private void CheckLiteralAddress(Uri uri)
    {
        var host = LinkHost.AsciiHost(uri) ?? throw new SourceFetchException($"{uri.Host} is not a valid host name");
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address) && _options.IsRefused(address))
        {
            throw new SourceFetchException($"{address} is a private, loopback or link-local address (--allow-private fetches it)");
        }
    }

    /// <summary>Resolves the host and connects only to addresses the options allow: checked at every connection, so on every redirect hop.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancel).ConfigureAwait(false);
        var allowed = addresses.Where(a => !_options.IsRefused(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new SourceFetchException(addresses.Length == 0
                ? $"{host} does not resolve"
                : $"{host} resolves to a private, loopback or link-local address ({addresses[0]}; --allow-private fetches it)");
        }
        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancel).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
        }
        throw new SourceFetchException($"cannot connect to {host}: {last!.Message}", last);
    }

    /// <summary>The message of the exception that says what went wrong (ours, from the connect callback, when there is one).</summary>
    private static string Innermost(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SourceFetchException fetch)
            {
                return fetch.Message;
            }
        }
        return e.InnerException is { } cause ? $"{e.Message} ({cause.Message})" : e.Message;
    }

    /// <summary>How to read a page: by its media type, or by the address's extension when it gives none.</summary>
    private static string? ExtensionFor(string? mediaType, Uri uri) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => ".html",
        "text/markdown" or "text/x-markdown" => ".md",
        "text/plain" => ".txt",
        null => Path.GetExtension(uri.AbsolutePath).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => ".md",
            ".txt" => ".txt",
            _ => ".html",
        },
        _ => null,
    };

    private const string PrivateSuffix = "-allow-private";

    private static string CacheName(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));

    public void Dispose() => _client.Dispose();
}
