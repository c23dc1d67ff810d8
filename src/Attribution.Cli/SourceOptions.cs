using System.CommandLine;
using Attribution.Sources;

namespace Attribution.Cli;

/// <summary>
/// Where the sources that quotations cite come from: <c>--sources DIR</c> (local copies listed in DIR/sources.yaml)
/// and, opt-in, <c>--fetch</c> (the cited pages downloaded, within the limits below, into a cache).
/// </summary>
internal sealed class SourceOptions
{
    public const string DefaultCache = ".attrib-cache/sources";

    public Option<string?> Sources { get; } = new("--sources")
    {
        HelpName = "DIR",
        Description = $"Compare quotations with the sources they cite: DIR/{SourceManifest.FileName} maps each cited address to a local copy (HTML, Markdown or text).",
    };

    public Option<bool> Fetch { get; } = new("--fetch")
    {
        Description = "Download cited sources that --sources does not list (http and https only; public addresses only unless --allow-private).",
    };

    public Option<string> FetchCache { get; } = new("--fetch-cache")
    {
        HelpName = "DIR",
        Description = $"Where --fetch keeps downloaded pages (default {DefaultCache}); delete it to download them again.",
        DefaultValueFactory = _ => DefaultCache,
    };

    public Option<int> FetchTimeout { get; } = new("--fetch-timeout")
    {
        HelpName = "SECONDS",
        Description = "How long --fetch waits for one page, redirects included (default 10).",
        DefaultValueFactory = _ => 10,
    };

    public Option<string?> FetchMaxSize { get; } = new("--fetch-max-size")
    {
        HelpName = "SIZE",
        Description = "The largest page --fetch downloads (bytes, or with KiB, MiB; default 5MiB).",
    };

    public Option<bool> AllowPrivate { get; } = new("--allow-private")
    {
        Description = "Let --fetch reach loopback, private and link-local addresses (an intranet, a server on this machine).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Sources);
        command.Options.Add(Fetch);
        command.Options.Add(FetchCache);
        command.Options.Add(FetchTimeout);
        command.Options.Add(FetchMaxSize);
        command.Options.Add(AllowPrivate);
    }

    /// <summary>The sources the command line names, or null when it names none; a bad manifest is an input error.</summary>
    public CitedSources? Create(ParseResult parseResult, CliContext context)
    {
        var directory = parseResult.GetValue(Sources);
        var fetch = parseResult.GetValue(Fetch);
        if (!fetch && (parseResult.GetResult(FetchCache) is { Implicit: false } || parseResult.GetResult(FetchTimeout) is { Implicit: false }
            || parseResult.GetValue(FetchMaxSize) is not null || parseResult.GetValue(AllowPrivate)))
        {
            throw new UsageException("--fetch-cache, --fetch-timeout, --fetch-max-size and --allow-private shape --fetch: use them with it");
        }
        if (directory is null && !fetch)
        {
            return null;
        }
        if (parseResult.GetValue(FetchTimeout) is var seconds and <= 0)
        {
            throw new UsageException($"--fetch-timeout: {seconds} is not a number of seconds above 0");
        }
        var manifest = directory is null ? null : SourceManifest.Load(Path.GetFullPath(directory, context.CurrentDirectory), directory.Replace('\\', '/'));
        var fetcher = fetch
            ? new SourceFetcher(new FetchOptions
            {
                CacheDirectory = Path.GetFullPath(parseResult.GetValue(FetchCache)!, context.CurrentDirectory),
                Timeout = TimeSpan.FromSeconds(parseResult.GetValue(FetchTimeout)),
                MaxBytes = parseResult.GetValue(FetchMaxSize) is { } size ? CommandLineSettings.Size(size, "--fetch-max-size") : new FetchOptions { CacheDirectory = "" }.MaxBytes,
                AllowPrivateAddresses = parseResult.GetValue(AllowPrivate),
            })
            : null;
        return new CitedSources(manifest, fetcher) { DisplayDirectory = context.CurrentDirectory };
    }

    /// <summary>Each source that could not be compared, one notice line each on standard error: they never change the exit code.</summary>
    public static void WriteNotices(CitedSources? sources, CliContext context)
    {
        foreach (var notice in sources?.Notices ?? [])
        {
            context.Error.WriteLine($"attrib: notice: {notice}");
        }
    }
}
