using Attribution.Semantics;

namespace Attribution.Sources;

/// <summary>The documents a statement's quotations may be compared with. Rules that compare stay quiet without one.</summary>
public abstract class QuotationSources
{
    /// <summary>The sources the statement cites that could be read (none when none could).</summary>
    public abstract IReadOnlyList<SourceDocument> For(SemanticModel article, Statement statement);
}

/// <summary>
/// The sources an article's citations name: the local copies a sources directory lists, else (with a fetcher) the
/// pages themselves, each read once per run whichever article cites it. A source that cannot be had is a notice for
/// its address, once, and the quotations citing it are not compared.
/// </summary>
public sealed class CitedSources : QuotationSources, IDisposable
{
    private readonly SourceManifest? _manifest;
    private readonly SourceFetcher? _fetcher;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SourceDocument?>> _sources = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceNotice> _notices = new(StringComparer.Ordinal);

    /// <param name="manifest">Local copies by address, or null.</param>
    /// <param name="fetcher">Downloads addresses the manifest does not list, or null to download nothing.</param>
    public CitedSources(SourceManifest? manifest, SourceFetcher? fetcher)
    {
        _manifest = manifest;
        _fetcher = fetcher;
        foreach (var (url, file) in manifest?.Files ?? new Dictionary<string, string>())
        {
            if (!File.Exists(Path.Combine(manifest!.Directory, file)))
            {
                _notices.TryAdd(url, new SourceNotice(url, $"{file} does not exist in the sources directory"));
            }
        }
    }

    /// <summary>The directory reports name source files relative to (the current directory of the run).</summary>
    public string DisplayDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Every source that could not be compared, and why, in address order.</summary>
    public IReadOnlyList<SourceNotice> Notices => [.. _notices.Values.OrderBy(n => n.Url, StringComparer.Ordinal)];

    /// <summary>The sources the statement cites; none when one of them cannot be had, since the words may be in that one.</summary>
    public override IReadOnlyList<SourceDocument> For(SemanticModel article, Statement statement)
    {
        var found = CitedAddresses.Of(article, statement).Select(Find).ToList();
        return found.Contains(null) ? [] : [.. found.OfType<SourceDocument>().Distinct()];
    }

    /// <summary>The source at an address, read on first use; null (with a notice) when it cannot be had.</summary>
    public SourceDocument? Find(string url) =>
        SourceAddress.Key(url) is { } key ? _sources.GetOrAdd(key, k => new Lazy<SourceDocument?>(() => Load(k))).Value : null;

    private SourceDocument? Load(string url)
    {
        try
        {
            if (_manifest is not null && _manifest.Files.TryGetValue(url, out var file))
            {
                var path = Path.Combine(_manifest.Directory, file);
                return File.Exists(path) ? SourceDocument.Read(url, DisplayPath(path), File.ReadAllBytes(path)) : null;
            }
            if (_fetcher is null)
            {
                _notices.TryAdd(url, new SourceNotice(url, _manifest is null
                    ? "not compared: give --sources or --fetch"
                    : $"not listed in {SourceManifest.FileName} (--fetch downloads it)"));
                return null;
            }
            var (bytes, fileName) = _fetcher.Fetch(url);
            return SourceDocument.Read(url, DisplayPath(fileName), bytes);
        }
        catch (Exception e) when (e is SourceFetchException or Documents.InputException or IOException or UnauthorizedAccessException)
        {
            _notices.TryAdd(url, new SourceNotice(url, e is SourceFetchException ? $"cannot fetch: {e.Message}" : $"cannot read: {e.Message}"));
            return null;
        }
    }

    public void Dispose() => _fetcher?.Dispose();

    /// <summary>Reports name a source's file relative to the current directory, as they name articles.</summary>
    private string DisplayPath(string path) =>
        Path.GetRelativePath(DisplayDirectory, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');
}

/// <summary>One document every quotation is compared with, cited or not: a transcript, a press release, an interview's notes.</summary>
public sealed class SingleSource(SourceDocument source) : QuotationSources
{
    public SourceDocument Source { get; } = source;

    public override IReadOnlyList<SourceDocument> For(SemanticModel article, Statement statement) => [Source];
}
