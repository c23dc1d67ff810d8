using Attribution.Configuration;
using Attribution.Text;

namespace Attribution.Documents;

public enum FrontMatterFormat
{
    /// <summary>YAML between "---" lines (closed by "---" or "...").</summary>
    Yaml,

    /// <summary>TOML between "+++" lines.</summary>
    Toml,
}

/// <summary>
/// The metadata block at the very start of a Markdown file. It is not article prose: readers leave
/// <see cref="Span"/> out of the analysed text.
/// </summary>
/// <param name="Span">The whole block in the original text, both fence lines and the last line ending included.</param>
public sealed partial record FrontMatter(FrontMatterFormat Format, TextSpan Span, DocumentMetadata Metadata)
{
    private static readonly string[] TitleKeys = ["title"];
    private static readonly string[] DateKeys = ["date", "publishDate", "published"];
    private static readonly string[] AuthorKeys = ["author", "authors"];
    private static readonly string[] SwitchKeys = ["attrib", "attribution"];

    /// <summary>
    /// Reads the front matter at the start of <paramref name="content"/> (after an optional byte-order mark),
    /// or returns null when the file has none.
    /// </summary>
    /// <exception cref="InputException">The block is not closed, not valid YAML or TOML, or its attrib switch is malformed.</exception>
    public static FrontMatter? Read(string content)
    {
        var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var (openEnd, bodyStart) = Line(content, start);
        var fence = content[start..openEnd].TrimEnd();
        FrontMatterFormat format;
        if (fence == "---")
        {
            format = FrontMatterFormat.Yaml;
        }
        else if (fence == "+++")
        {
            format = FrontMatterFormat.Toml;
        }
        else
        {
            return null;
        }

        const int firstBodyLine = 2;
        for (var position = bodyStart; position < content.Length;)
        {
            var (end, next) = Line(content, position);
            var line = content[position..end].TrimEnd();
            if (line == fence || (format == FrontMatterFormat.Yaml && line == "..."))
            {
                var body = content[bodyStart..position];
                var tree = format == FrontMatterFormat.Yaml
                    ? FrontMatterLoader.LoadYaml(body, firstBodyLine)
                    : FrontMatterLoader.LoadToml(body, firstBodyLine);
                return new FrontMatter(format, new TextSpan(0, next), ReadMetadata(tree, firstBodyLine));
            }
            position = next;
        }
        throw new InputException($"front matter opened by '{fence}' is never closed") { Line = 1 };
    }

    /// <summary>The end of the line that starts at <paramref name="start"/> (line ending excluded) and the start of the next.</summary>
    private static (int End, int Next) Line(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        if (newline < 0)
        {
            return (text.Length, text.Length);
        }
        var end = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
        return (end, newline + 1);
    }

    private static DocumentMetadata ReadMetadata(FrontMatterValue? tree, int firstLine)
    {
        if (tree is null)
        {
            return DocumentMetadata.Empty;
        }
        if (tree is not FrontMatterMap map)
        {
            throw new InputException("front matter must be a mapping of keys to values") { Line = tree.Line ?? firstLine };
        }

        var disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var skip = false;
        foreach (var key in SwitchKeys)
        {
            if (map[key] is { } value)
            {
                skip |= ReadSwitch(key, value, disabled);
            }
        }
        return new DocumentMetadata(
            First(map, TitleKeys) is FrontMatterScalar title ? NullIfBlank(title.Text) : null,
            First(map, DateKeys) is FrontMatterScalar date ? ReadDate(date) : null,
            First(map, AuthorKeys) is { } author ? ReadAuthor(author) : null,
            disabled,
            skip);
    }

    private static FrontMatterValue? First(FrontMatterMap map, string[] keys) =>
        keys.Select(k => map[k]).FirstOrDefault(v => v is not null);

    /// <summary>A name, a list of names (the first is taken) or an object with a name.</summary>
    private static string? ReadAuthor(FrontMatterValue value) => value switch
    {
        FrontMatterScalar scalar => NullIfBlank(scalar.Text),
        FrontMatterList list => list.Items.Select(ReadAuthor).FirstOrDefault(n => n is not null),
        FrontMatterMap map => map["name"] is FrontMatterScalar name ? NullIfBlank(name.Text) : null,
        _ => null,
    };

    /// <summary>
    /// Reads the per-file switch <c>attrib: { skip: true }</c> or <c>attrib: { disable: [ATTR005, ATTR006] }</c>
    /// into <paramref name="disabled"/>; returns whether the file is to be skipped. Being our own key, it is checked
    /// strictly: a misspelt switch that silently did nothing would be worse than an error.
    /// </summary>
    private static bool ReadSwitch(string key, FrontMatterValue value, HashSet<string> disabled)
    {
        if (value is not FrontMatterMap map)
        {
            throw Invalid(value, key, "must be a mapping with 'skip' and/or 'disable'");
        }
        var skip = false;
        foreach (var (name, entry) in map.Entries)
        {
            switch (name.ToLowerInvariant())
            {
                case "skip":
                    skip = entry is FrontMatterScalar flag && ParseBoolean(flag.Text) is { } parsed
                        ? parsed
                        : throw Invalid(entry, $"{key}.{name}", "must be true or false");
                    break;
                case "disable":
                    foreach (var id in ReadRuleIds(entry, $"{key}.{name}"))
                    {
                        disabled.Add(Validated(entry, $"{key}.{name}", () => SettingValidator.RuleId(id)));
                    }
                    break;
                default:
                    throw Invalid(entry, $"{key}.{name}", "is not a known switch (use 'skip' or 'disable')");
            }
        }
        return skip;
    }

    /// <summary>A list of rule ids, or one string of ids separated by commas or spaces.</summary>
    private static IEnumerable<string> ReadRuleIds(FrontMatterValue value, string key) => value switch
    {
        FrontMatterScalar scalar => scalar.Text.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        FrontMatterList list => list.Items.Select(item => item is FrontMatterScalar id && !string.IsNullOrWhiteSpace(id.Text)
            ? id.Text.Trim()
            : throw Invalid(item, key, "must list rule ids such as ATTR005")),
        _ => throw Invalid(value, key, "must list rule ids such as ATTR005"),
    };

    private static InputException Invalid(FrontMatterValue value, string key, string problem, bool quote = true) =>
        new(quote ? $"front matter: '{key}' {problem}" : $"front matter: '{key}': {problem}") { Line = value.Line };

    private static bool? ParseBoolean(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    /// <summary>The article's date; a value that is not a date is an error, as it is in every other setting.</summary>
    private static DateOnly? ReadDate(FrontMatterScalar date) =>
        string.IsNullOrWhiteSpace(date.Text) ? null : Validated(date, "date", () => SettingValidator.Date(date.Text));

    private static T Validated<T>(FrontMatterValue value, string key, Func<T> validate)
    {
        try
        {
            return validate();
        }
        catch (InvalidSettingException e)
        {
            throw Invalid(value, key, e.Message, quote: false);
        }
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
