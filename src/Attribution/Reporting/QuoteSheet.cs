using System.Text.Json;
using Attribution.Analyzers.Rules.Roles;
using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Semantics.Citations;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>One line of the quote sheet: what was said, how it is quoted, the cue and who said it. Spans are original-file offsets.</summary>
public sealed record QuoteEntry(
    StatementKind Kind,
    string Text,
    IReadOnlyList<TextSpan> Content,
    TextSpan? Cue,
    TextSpan? SpeakerSpan,
    string? SpeakerText,
    string? SpeakerName,
    IReadOnlyList<string> Roles)
{
    /// <summary>The citations that support the statement (see <see cref="SemanticModel.CitationsOf(Statement)"/>), in text order.</summary>
    public IReadOnlyList<QuoteCitation> Citations { get; init; } = [];
}

/// <summary>A citation on the quote sheet: its kind and form, where it stands in the original file, its text as written, URL and outlet.</summary>
public sealed record QuoteCitation(CitationKind Kind, string Form, TextSpan Span, string Text, string? Url, string? Outlet);

/// <summary>The quote sheet: who said what, file by file.</summary>
public static class QuoteSheet
{
    public static IReadOnlyList<QuoteEntry> Entries(SemanticModel model)
    {
        var document = model.Document;
        var rolesByPerson = model.RoleClaims.GroupBy(c => c.Person)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(RoleText.Describe).Distinct().ToList());
        return model.Statements.Select(s => Entry(document, s, rolesByPerson) with { Citations = [.. model.CitationsOf(s).Select(c => Cited(document, c))] }).ToList();
    }

    private static QuoteCitation Cited(Document document, Citation citation)
    {
        var span = citation.Link?.SourceSpan ?? document.Map.ToSource(citation.Span);
        var text = citation.Span.IsEmpty ? citation.Url ?? "" : Collapse(document[citation.Span]);
        return new QuoteCitation(citation.Kind, citation.Form, span, text, citation.Url, citation.Outlet);
    }

    private static QuoteEntry Entry(Document document, Statement statement, Dictionary<Person, IReadOnlyList<string>> rolesByPerson)
    {
        var text = string.Join(" … ", statement.Content.Select(c => Collapse(document[c])));
        var speaker = statement.Speaker;
        IReadOnlyList<string> roles = [];
        if (speaker?.Person is { } person)
        {
            roles = rolesByPerson.GetValueOrDefault(person) ?? [];
        }
        else if (speaker?.Mention is { } mention)
        {
            roles = mention.Titles.Select(t => t.Jurisdiction is null ? t.Office.Forms[0] : $"{t.Office.Forms[0]} ({t.Jurisdiction})").Distinct().ToList();
        }
        return new QuoteEntry(
            statement.Kind,
            text,
            [.. statement.Content.Select(document.Map.ToSource)],
            statement.Cue is null ? null : document.Map.ToSource(statement.Cue.Span),
            speaker is null ? null : document.Map.ToSource(speaker.Span),
            speaker is null ? null : Collapse(document[speaker.Span]),
            speaker?.Person?.Name,
            roles);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string KindName(StatementKind kind) => kind.ToString().ToLowerInvariant();

    public static void WriteText(IReadOnlyList<(string Path, SourceText Source, IReadOnlyList<QuoteEntry> Entries)> files, TextWriter writer)
    {
        foreach (var (path, source, entries) in files)
        {
            WriteText(path, source, entries, writer);
        }
    }

    /// <summary>One file's part of the text sheet: its path, then a line for each statement and each citation.</summary>
    public static void WriteText(string path, SourceText source, IReadOnlyList<QuoteEntry> entries, TextWriter writer)
    {
        writer.WriteLine(path);
        foreach (var entry in entries)
        {
            var at = source.GetLinePosition(entry.Content[0].Start);
            var who = entry.SpeakerText is null ? "(no speaker)" : entry.SpeakerText;
            if (entry.SpeakerName is not null && entry.SpeakerName != entry.SpeakerText)
            {
                who += $" = {entry.SpeakerName}";
            }
            if (entry.Roles.Count > 0)
            {
                who += $" [{string.Join("; ", entry.Roles)}]";
            }
            writer.WriteLine($"  ({at.Line},{at.Column}) {KindName(entry.Kind),-8} {Shorten(entry.Text)}  — {who}");
            foreach (var citation in entry.Citations)
            {
                writer.WriteLine($"      cites: {Describe(citation)}");
            }
        }
    }

    /// <summary>"according to “Reuters” [Reuters]", "html anchor “the report” → https://… [Reuters]".</summary>
    private static string Describe(QuoteCitation citation)
    {
        var text = citation.Kind == CitationKind.Url ? citation.Text : $"{citation.Form} “{citation.Text}”";
        if (citation.Url is not null && citation.Url != citation.Text)
        {
            text += $" → {citation.Url}";
        }
        return citation.Outlet is null ? text : $"{text} [{citation.Outlet}]";
    }

    public static string CitationKindName(CitationKind kind) => kind switch
    {
        CitationKind.QuotationSource => "quotation-source",
        CitationKind.CitedWork => "cited-work",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 90 ? $"“{text}”" : $"“{text[..87]}…”";

    public static void WriteJson(IReadOnlyList<(string Path, SourceText Source, IReadOnlyList<QuoteEntry> Entries)> files, Stream stream)
    {
        using var json = new QuoteSheetJsonWriter(stream);
        foreach (var (path, _, entries) in files)
        {
            json.WriteFile(path, entries);
        }
        json.WriteEnd();
    }

    /// <summary>One file's object of the JSON sheet: its path and its quotes.</summary>
    internal static void WriteFile(Utf8JsonWriter json, string path, IReadOnlyList<QuoteEntry> entries)
    {
        json.WriteStartObject();
        json.WriteString("path", path);
        json.WriteStartArray("quotes");
        foreach (var entry in entries)
        {
            WriteEntry(json, entry);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, QuoteEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("kind", KindName(entry.Kind));
        json.WriteString("text", entry.Text);
        json.WriteStartArray("content");
        foreach (var span in entry.Content)
        {
            WriteSpan(json, span, null);
        }
        json.WriteEndArray();
        if (entry.Cue is { } cue)
        {
            json.WritePropertyName("cue");
            WriteSpan(json, cue, null);
        }
        else
        {
            json.WriteNull("cue");
        }
        if (entry.SpeakerSpan is { } speaker)
        {
            json.WriteStartObject("speaker");
            json.WritePropertyName("mention");
            WriteSpan(json, speaker, entry.SpeakerText);
            if (entry.SpeakerName is null)
            {
                json.WriteNull("name");
            }
            else
            {
                json.WriteString("name", entry.SpeakerName);
            }
            json.WriteStartArray("roles");
            foreach (var role in entry.Roles)
            {
                json.WriteStringValue(role);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("speaker");
        }
        json.WriteStartArray("citations");
        foreach (var citation in entry.Citations)
        {
            json.WriteStartObject();
            json.WriteString("kind", CitationKindName(citation.Kind));
            json.WriteString("form", citation.Form);
            json.WriteNumber("start", citation.Span.Start);
            json.WriteNumber("end", citation.Span.End);
            json.WriteString("text", citation.Text);
            WriteOptional(json, "url", citation.Url);
            WriteOptional(json, "outlet", citation.Outlet);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span, string? text)
    {
        json.WriteStartObject();
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        if (text is not null)
        {
            json.WriteString("text", text);
        }
        json.WriteEndObject();
    }
}
