using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Attribution.Documents;

/// <summary>Reads an article's title, publication date and author from an HTML page's meta tags, JSON-LD and markup.</summary>
internal static partial class HtmlMetadataReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The metadata of a page whose article is <paramref name="article"/> (its time elements date it).</summary>
    public static DocumentMetadata Read(IHtmlDocument document, ArticleBody article)
    {
        var linkedData = ReadLinkedData(document);
        return DocumentMetadata.Empty with
        {
            Title = ReadTitle(document),
            Date = ReadDate(document, article, linkedData),
            Author = ReadAuthor(document, linkedData),
        };
    }

    /// <summary>og:title, else the title element, else the first h1.</summary>
    private static string? ReadTitle(IHtmlDocument document) =>
        NonEmpty(MetaContent(document, "property", "og:title"))
        ?? NonEmpty(document.QuerySelector("head title, title")?.TextContent)
        ?? NonEmpty(document.QuerySelector("h1")?.TextContent);

    /// <summary>article:published_time, else a date or pubdate meta tag, else the article's first time element, else JSON-LD datePublished.</summary>
    private static DateOnly? ReadDate(IHtmlDocument document, ArticleBody article, IReadOnlyList<JsonElement> linkedData)
    {
        var candidates = new[]
        {
            MetaContent(document, "property", "article:published_time"),
            MetaContent(document, "name", "date"),
            MetaContent(document, "name", "pubdate"),
            article.Roots.Select(r => r.QuerySelector("time[datetime]")).FirstOrDefault(t => t is not null)?.GetAttribute("datetime"),
            linkedData.Select(o => StringProperty(o, "datePublished")).FirstOrDefault(d => d is not null),
        };
        foreach (var candidate in candidates)
        {
            if (ParseDate(candidate) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The author meta tag, else the JSON-LD author's name, else a rel=author link, else a byline.</summary>
    private static string? ReadAuthor(IHtmlDocument document, IReadOnlyList<JsonElement> linkedData) =>
        NonEmpty(MetaContent(document, "name", "author"))
        ?? linkedData.Select(LinkedDataAuthor).FirstOrDefault(a => a is not null)
        ?? NonEmpty(document.QuerySelector("a[rel~=author]")?.TextContent)
        ?? NonEmpty(BylinePrefix().Replace(document.QuerySelector(".byline")?.TextContent ?? "", ""));

    /// <summary>The date a timestamp was written for, as written: "2009-06-28T23:30:00-05:00" is 28 June.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var isoDate = IsoDatePrefix().Match(value);
        if (isoDate.Success && DateOnly.TryParseExact(isoDate.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var timestamp)
            ? DateOnly.FromDateTime(timestamp.DateTime)
            : null;
    }

    private static string? MetaContent(IHtmlDocument document, string attribute, string name) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute(attribute)?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    /// <summary>Every JSON object in the page's JSON-LD scripts, with arrays and @graph lists flattened. Malformed scripts are ignored.</summary>
    private static List<JsonElement> ReadLinkedData(IHtmlDocument document)
    {
        var objects = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, JsonOptions);
                Flatten(json.RootElement.Clone(), objects);
            }
            catch (JsonException)
            {
                // Hand-edited JSON-LD is often broken; the page still has its other metadata.
            }
        }
        return objects;
    }

    private static void Flatten(JsonElement element, List<JsonElement> objects)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Flatten(item, objects);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            objects.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Flatten(graph, objects);
            }
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()) : null;

    /// <summary>The name of a JSON-LD object's author: a string, a person or organisation, or a list of them.</summary>
    private static string? LinkedDataAuthor(JsonElement element)
    {
        if (!element.TryGetProperty("author", out var author))
        {
            return null;
        }
        var names = new List<string>();
        foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => NonEmpty(item.GetString()),
                JsonValueKind.Object => StringProperty(item, "name"),
                _ => null,
            };
            if (name is not null)
            {
                names.Add(name);
            }
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NonEmpty(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var collapsed = string.Join(' ', value.Split([' ', '\t', '\n', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    [GeneratedRegex(@"^\s*\d{4}-\d{2}-\d{2}", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDatePrefix();

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BylinePrefix();
}
