using Attribution.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attribution.Sources;

/// <summary>
/// <c>sources.yaml</c> of a sources directory: which local copy (HTML, Markdown or text, relative to the directory)
/// stands for each cited address.
/// <code>
/// sources:
///   https://example.org/2009/06/medvedev-peshawar: pages/medvedev-peshawar.html
/// </code>
/// </summary>
public sealed record SourceManifest(string Directory, IReadOnlyDictionary<string, string> Files)
{
    public const string FileName = "sources.yaml";

    /// <summary>Reads <c>sources.yaml</c> of a directory; a manifest that cannot be used throws <see cref="InputException"/> naming its line.</summary>
    /// <param name="displayDirectory">The directory as messages name it.</param>
    public static SourceManifest Load(string directory, string displayDirectory)
    {
        var displayPath = $"{displayDirectory.TrimEnd('/')}/{FileName}";
        var path = Path.Combine(directory, FileName);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InputException($"--sources: the directory {displayDirectory} does not exist");
        }
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--sources: cannot read {displayPath}: {(e is FileNotFoundException ? "no such file" : e.Message)}", e);
        }
        return new SourceManifest(directory, Parse(yaml, displayPath));
    }

    /// <summary>The manifest's entries by address key (<see cref="SourceAddress.Key"/>).</summary>
    internal static Dictionary<string, string> Parse(string yaml, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw Error(displayPath, e.Start, $"invalid YAML: {e.Message.ReplaceLineEndings(" ")}");
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return files;
        }
        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode rootMapping)
        {
            throw Error(displayPath, root.Start, "expected a mapping with the key 'sources'");
        }
        foreach (var (key, value) in rootMapping.Children)
        {
            if (key is not YamlScalarNode { Value: "sources" })
            {
                throw Error(displayPath, key.Start, $"unknown key '{(key as YamlScalarNode)?.Value}' (the manifest has one key, 'sources')");
            }
            if (value is YamlScalarNode { Value: null or "" or "~" or "null" })
            {
                continue;
            }
            if (value is not YamlMappingNode sources)
            {
                throw Error(displayPath, value.Start, "'sources' must map each cited address to a file: https://example.org/story: pages/story.html");
            }
            foreach (var (urlNode, fileNode) in sources.Children)
            {
                if (urlNode is not YamlScalarNode { Value: { } url } || SourceAddress.Key(url) is not { } addressKey)
                {
                    throw Error(displayPath, urlNode.Start, $"'{(urlNode as YamlScalarNode)?.Value}' is not an http or https address");
                }
                if (fileNode is not YamlScalarNode { Value: { Length: > 0 } file })
                {
                    throw Error(displayPath, fileNode.Start, $"{url}: expected the path of a file, relative to the sources directory");
                }
                if (Path.IsPathRooted(file))
                {
                    throw Error(displayPath, fileNode.Start, $"{url}: '{file}' must be relative to the sources directory");
                }
                if (!files.TryAdd(addressKey, file))
                {
                    throw Error(displayPath, urlNode.Start, $"{url} is listed twice");
                }
            }
        }
        return files;
    }

    private static InputException Error(string displayPath, Mark mark, string problem) =>
        new($"{displayPath}, line {mark.Line}: {problem}") { Line = (int)mark.Line };
}

/// <summary>Cited addresses as the sources compare them.</summary>
public static class SourceAddress
{
    /// <summary>
    /// The address without its fragment, scheme and host in lower case, default port left out; null for anything but
    /// an absolute http or https address. Two citations of one page with different #anchors are one source.
    /// </summary>
    public static string? Key(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        return uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
    }
}
