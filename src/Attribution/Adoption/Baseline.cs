using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Attribution.Analyzers;
using Attribution.Documents;
using Attribution.Reporting;

namespace Attribution.Adoption;

/// <summary>One finding recorded in a baseline: where, which rule, its fingerprint, and its message for the reader.</summary>
public sealed record BaselineEntry(string Path, string Rule, string Fingerprint, string Message);

/// <summary>
/// The findings an archive already had when it adopted the checker (<c>--write-baseline</c>); with <c>--baseline</c>
/// only findings not in it are reported. Findings are matched by path and <see cref="Reporting.Fingerprint"/>, so
/// they stay matched when lines move; a fingerprint recorded twice matches two findings.
/// Paths are relative to the baseline file's directory, so the file works from any working directory.
/// </summary>
public sealed partial class Baseline
{
    private readonly string _directory;
    private readonly Dictionary<(string Path, string Fingerprint), int> _counts = [];

    private Baseline(string directory, IEnumerable<BaselineEntry> entries)
    {
        _directory = directory;
        Entries = [.. entries];
        foreach (var entry in Entries)
        {
            _counts[(entry.Path, entry.Fingerprint)] = _counts.GetValueOrDefault((entry.Path, entry.Fingerprint)) + 1;
        }
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>A baseline of every finding of the results, for a file to be written at <paramref name="baselinePath"/>.</summary>
    public static Baseline Create(string baselinePath, IEnumerable<(string FullPath, DocumentResult Result)> results)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        var entries = results
            .SelectMany(r => r.Result.Diagnostics.Select(d => new BaselineEntry(Relative(directory, r.FullPath), d.Id, Fingerprint.Of(d, r.Result.Document.Source.Text), d.Message)))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal);
        return new Baseline(directory, entries);
    }

    /// <summary>Reads a baseline file; a missing or malformed one throws <see cref="InputException"/>.</summary>
    public static Baseline Load(string fullPath, string displayPath)
    {
        try
        {
            using var stream = File.OpenRead(fullPath);
            var file = JsonSerializer.Deserialize(stream, FileTypeInfo)
                ?? throw new InputException($"baseline {displayPath}: empty file");
            if (file.Version != 1 || file.Findings is null)
            {
                throw new InputException($"baseline {displayPath}: not an attrib baseline (version 1 with 'findings')");
            }
            return new Baseline(Path.GetDirectoryName(fullPath)!, file.Findings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"baseline {displayPath}: cannot be read: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}", e);
        }
        catch (JsonException e)
        {
            throw new InputException($"baseline {displayPath}: invalid JSON on line {(e.LineNumber ?? 0) + 1}", e);
        }
    }

    public void Write(string fullPath)
    {
        var json = JsonSerializer.Serialize(new BaselineFile(1, [.. Entries]), FileTypeInfo);
        File.WriteAllText(fullPath, json + "\n", new System.Text.UTF8Encoding(false));
    }

    /// <summary>The result with the findings this baseline records left out.</summary>
    public DocumentResult NewFindings(string fullPath, DocumentResult result)
    {
        var path = Relative(_directory, fullPath);
        var left = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var fingerprint = Fingerprint.Of(diagnostic, result.Document.Source.Text);
            var remaining = left.TryGetValue(fingerprint, out var count) ? count : _counts.GetValueOrDefault((path, fingerprint));
            left[fingerprint] = Math.Max(0, remaining - 1);
            if (remaining == 0)
            {
                kept.Add(diagnostic);
            }
        }
        return result with { Diagnostics = kept };
    }

    private static string Relative(string directory, string fullPath) => Path.GetRelativePath(directory, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = BaselineJsonContext.Default,
    };

    // Source-generated metadata: the published executable is Native AOT, where reflection-based JSON is not available.
    private static readonly JsonTypeInfo<BaselineFile> FileTypeInfo = (JsonTypeInfo<BaselineFile>)JsonOptions.GetTypeInfo(typeof(BaselineFile));

    private sealed record BaselineFile(int Version, List<BaselineEntry>? Findings);

    [JsonSerializable(typeof(BaselineFile))]
    private sealed partial class BaselineJsonContext : JsonSerializerContext;
}
