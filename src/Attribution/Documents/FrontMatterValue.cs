using System.Globalization;
using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attribution.Documents;

/// <summary>
/// Front matter as a tree that does not depend on its format: YAML and TOML both load into it, so reading
/// the metadata is written once. <see cref="Line"/> is the 1-based line in the whole file, when known.
/// </summary>
internal abstract record FrontMatterValue(int? Line);

/// <summary>A scalar, as text: TOML booleans, numbers and dates are written the way YAML would spell them.</summary>
internal sealed record FrontMatterScalar(string Text, int? Line) : FrontMatterValue(Line);

internal sealed record FrontMatterList(IReadOnlyList<FrontMatterValue> Items, int? Line) : FrontMatterValue(Line);

/// <summary>A mapping; keys are matched without regard to case (Hugo lower-cases them, others do not).</summary>
internal sealed record FrontMatterMap(IReadOnlyDictionary<string, FrontMatterValue> Entries, int? Line) : FrontMatterValue(Line)
{
    public FrontMatterValue? this[string key] => Entries.TryGetValue(key, out var value) ? value : null;
}

/// <summary>Loads front matter text into a <see cref="FrontMatterValue"/> tree.</summary>
internal static partial class FrontMatterLoader
{
    /// <summary>
    /// Loads YAML. <paramref name="firstLine"/> is the file line on which the YAML text begins. Whatever the YAML
    /// library throws (it has thrown more than <see cref="YamlException"/> on malformed input) is an input error,
    /// placed on the line the parser had reached.
    /// </summary>
    public static FrontMatterValue? LoadYaml(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        var parser = new Parser(new Scanner(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw new InputException($"front matter is not valid YAML: {OneLine(YamlPositionPrefix().Replace(e.Message, ""))}", e)
            {
                Line = firstLine + Math.Max(0, (int)e.Start.Line - 1),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The library's own message says nothing of the YAML; the last event it read usually says what is open.
            var reason = parser.Current switch
            {
                YamlDotNet.Core.Events.SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } => "the '[' on this line is never closed",
                YamlDotNet.Core.Events.MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow } => "the '{' on this line is never closed",
                _ => $"it cannot be read past this line ({OneLine(e.Message)})",
            };
            throw new InputException($"front matter is not valid YAML: {reason}", e)
            {
                Line = firstLine + Math.Max(0, (int)(parser.Current?.Start.Line ?? 1) - 1),
            };
        }
        return stream.Documents.Count == 0 ? null : FromYaml(stream.Documents[0].RootNode, firstLine);
    }

    /// <summary>Loads TOML. <paramref name="firstLine"/> is the file line on which the TOML text begins.</summary>
    public static FrontMatterValue? LoadToml(string toml, int firstLine)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize(toml, FrontMatterTomlContext.Default.TomlTable) ?? [];
        }
        catch (TomlException e)
        {
            // The generated context wraps the parser's own error in one about its converter: report the parser's.
            var cause = e;
            while (cause.InnerException is TomlException inner)
            {
                cause = inner;
            }
            throw new InputException($"front matter is not valid TOML: {OneLine(TomlPositionPrefix().Replace(cause.Message, ""))}", e)
            {
                Line = firstLine + Math.Max(0, (cause.Line ?? e.Line ?? 1) - 1),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException($"front matter is not valid TOML: {OneLine(e.Message)}", e);
        }
        // Tomlyn's model keeps no positions for values; errors about TOML values name the key instead.
        return FromToml(table);
    }

    private static FrontMatterValue? FromYaml(YamlNode node, int firstLine)
    {
        var line = firstLine + (int)node.Start.Line - 1;
        switch (node)
        {
            case YamlScalarNode scalar:
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
                return isNull ? null : new FrontMatterScalar(scalar.Value ?? "", line);
            case YamlSequenceNode sequence:
                return new FrontMatterList([.. sequence.Children.Select(c => FromYaml(c, firstLine)).OfType<FrontMatterValue>()], line);
            case YamlMappingNode mapping:
                var entries = new Dictionary<string, FrontMatterValue>(StringComparer.OrdinalIgnoreCase);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && FromYaml(value, firstLine) is { } converted)
                    {
                        entries.TryAdd(name, converted);
                    }
                }
                return new FrontMatterMap(entries, line);
            default:
                return null;
        }
    }

    private static FrontMatterValue? FromToml(object? value) => value switch
    {
        null => null,
        TomlTable table => new FrontMatterMap(
            table.Where(e => e.Value is not null)
                .Select(e => (e.Key, Value: FromToml(e.Value)))
                .Where(e => e.Value is not null)
                .GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Value!, StringComparer.OrdinalIgnoreCase),
            null),
        TomlTableArray tables => new FrontMatterList([.. tables.Select(FromToml).OfType<FrontMatterValue>()], null),
        TomlArray array => new FrontMatterList([.. array.Select(FromToml).OfType<FrontMatterValue>()], null),
        bool flag => new FrontMatterScalar(flag ? "true" : "false", null),
        TomlDateTime date => new FrontMatterScalar(date.ToString(), null),
        IFormattable formattable => new FrontMatterScalar(formattable.ToString(null, CultureInfo.InvariantCulture), null),
        _ => new FrontMatterScalar(value.ToString() ?? "", null),
    };

    private static string OneLine(string message) => ReaderFailure.OneLine(message);

    /// <summary>YamlDotNet starts its messages with "(Line: 2, Col: 8, Idx: 9) - (Line: …): "; the line is reported separately.</summary>
    [GeneratedRegex(@"^\s*\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.NonBacktracking)]
    private static partial Regex YamlPositionPrefix();

    /// <summary>Tomlyn starts its messages with "(line,column) : error : "; the line is reported separately.</summary>
    [GeneratedRegex(@"^\s*\(\d+,\d+\)\s*:\s*error\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TomlPositionPrefix();
}

/// <summary>TOML front matter read into Tomlyn's table model through generated code, which trimming and Native AOT keep.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class FrontMatterTomlContext : TomlSerializerContext;
