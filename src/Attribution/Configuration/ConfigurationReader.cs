using Attribution.Analyzers;
using Attribution.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attribution.Configuration;

/// <summary>
/// Reads <c>attribution.yaml</c>. Its keys are the checker's own, so they are checked strictly: a misspelt key, an
/// unknown rule or level is a <see cref="ConfigurationException"/> with the file, line and key.
/// </summary>
public static class ConfigurationReader
{
    private static readonly string[] Keys = ["root", "rules", "ignore", "registry", "cues", "titles", "public-records"];

    public static AttributionConfig Load(string path, string displayPath)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(displayPath, 1, "", $"cannot be read: {e.Message}");
        }
        return Parse(yaml, path, displayPath);
    }

    /// <param name="path">The file's full path: relative paths in it are resolved against its directory.</param>
    public static AttributionConfig Parse(string yaml, string path, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(displayPath, LineOf(e.Start), "", $"invalid YAML: {Registry.RolesRegistryReader.YamlMessage(e)}");
        }
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        if (root is null || IsNull(root))
        {
            return new AttributionConfig(path, displayPath, false, new Dictionary<string, DiagnosticSeverity?>(), [], null);
        }
        if (root is not YamlMappingNode mapping)
        {
            throw new ConfigurationException(displayPath, LineOf(root.Start), "", $"must be a mapping with the keys {string.Join(", ", Keys)}");
        }
        var isRoot = false;
        var rules = new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        var ignore = new List<string>();
        string? registry = null;
        var cues = new List<string>();
        var titles = new List<string>();

        bool? publicRecords = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode, displayPath, "");
            if (IsNull(value) && key is "rules" or "ignore" or "cues" or "titles")
            {
                continue;
            }
            switch (key)
            {
                case "root":
                    isRoot = Boolean(value, displayPath, key);
                    break;
                case "public-records":
                    publicRecords = Boolean(value, displayPath, key);
                    break;
                case "rules":
                    ReadRules(value, displayPath, rules);
                    break;
                case "ignore":
                    foreach (var item in Sequence(value, displayPath, key))
                    {
                        var pattern = Scalar(item, displayPath, key);
                        ignore.Add(IgnorePattern.Parse(pattern) is not null
                            ? pattern
                            : throw new ConfigurationException(displayPath, LineOf(item.Start), key, "an empty or comment pattern ignores nothing"));
                    }
                    break;
                case "registry":
                    registry = System.IO.Path.GetFullPath(Scalar(value, displayPath, key), System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
                    break;
                case "cues":
                    ReadWords(value, displayPath, key, cues, oneWord: true);
                    break;
                case "titles":
                    ReadWords(value, displayPath, key, titles, oneWord: false);
                    break;
                default:
                    throw new ConfigurationException(displayPath, LineOf(keyNode.Start), key, $"is not a known key (use {string.Join(", ", Keys)})");
            }
        }
        return new AttributionConfig(System.IO.Path.GetFullPath(path), displayPath, isRoot, rules, ignore, registry) { Cues = cues, Titles = titles, PublicRecords = publicRecords };
    }

    private static void ReadRules(YamlNode node, string displayPath, Dictionary<string, DiagnosticSeverity?> rules)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw new ConfigurationException(displayPath, LineOf(node.Start), "rules", "must map rule ids to a level: { ATTR013: off, ATTR006: warning }");
        }
        foreach (var (idNode, levelNode) in mapping.Children)
        {
            var written = Scalar(idNode, displayPath, "rules");
            var key = $"rules.{written}";
            try
            {
                var id = SettingValidator.RuleId(written);
                rules[id] = SettingValidator.RuleLevel(Scalar(levelNode, displayPath, key), AnalyzerCatalog.Find(id)!);
            }
            catch (InvalidSettingException e)
            {
                throw new ConfigurationException(displayPath, LineOf(idNode.Start), key, e.Message);
            }
        }
    }

    /// <summary>Words for a lexicon: letters, with hyphens, apostrophes and full stops inside (Vice-Chancellor, Commr.); a title may have several words.</summary>
    private static void ReadWords(YamlNode node, string displayPath, string key, List<string> words, bool oneWord)
    {
        foreach (var item in Sequence(node, displayPath, key))
        {
            var word = Scalar(item, displayPath, key);
            var parts = word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (oneWord && parts.Length > 1 || !parts.All(IsWord))
            {
                throw new ConfigurationException(displayPath, LineOf(item.Start), key,
                    oneWord ? $"'{word}' is not one word (a cue is a verb: quipped)" : $"'{word}' is not a title of words (Commissioner, Public Advocate)");
            }
            words.Add(string.Join(' ', parts));
        }
    }

    private static bool IsWord(string part) =>
        char.IsLetter(part[0]) && part.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.');

    private static bool Boolean(YamlNode node, string displayPath, string key) => Scalar(node, displayPath, key).ToLowerInvariant() switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => throw new ConfigurationException(displayPath, LineOf(node.Start), key, "must be true or false"),
    };

    private static IEnumerable<YamlNode> Sequence(YamlNode node, string displayPath, string key) => node switch
    {
        YamlSequenceNode sequence => sequence.Children,
        YamlScalarNode => [node],
        _ => throw new ConfigurationException(displayPath, LineOf(node.Start), key, "must be a list"),
    };

    private static string Scalar(YamlNode node, string displayPath, string key) =>
        node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new ConfigurationException(displayPath, LineOf(node.Start), key, "must be a single value");

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);
}
