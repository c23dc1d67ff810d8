using System.Text.Json;
using Attribution.Analyzers;
using Attribution.Fixes;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>What the SARIF log says about the tool itself.</summary>
/// <param name="Version">The tool's version (semantic version).</param>
/// <param name="RepositoryUrl">The project's repository: rule help links point at the rule pages in it; without it they are left out.</param>
public sealed record SarifToolInfo(string Version, string? RepositoryUrl = null)
{
    /// <summary>
    /// Where the rule pages are published, when the user says (<c>--help-uri-base</c>): each rule's <c>helpUri</c> is
    /// <c>{HelpUriBase}/ATTRnnn</c>, in place of the page in the repository.
    /// </summary>
    public string? HelpUriBase { get; init; }

    /// <summary>The help link of a rule: under <see cref="HelpUriBase"/>, else its page in the repository, else none.</summary>
    public string? HelpUri(DiagnosticDescriptor descriptor) =>
        HelpUriBase is { } published ? $"{published.TrimEnd('/')}/{descriptor.Id}"
        : RepositoryUrl is { } repository ? $"{repository.TrimEnd('/')}/blob/main/{descriptor.HelpLink}"
        : null;
}

/// <summary>
/// The check report as a SARIF 2.1.0 log, as GitHub code scanning reads it: every rule in <c>tool.driver.rules</c>,
/// results with 1-based lines and UTF-16 columns, related locations, fixes and partial fingerprints.
/// </summary>
public static class SarifReporter
{
    public const string FingerprintName = "attribSpanHash/v1";

    public static void Write(CheckReport report, Stream stream, SarifToolInfo tool)
    {
        var rules = AnalyzerCatalog.All.ToList();
        using var json = new Utf8JsonWriter(stream, JsonReporter.WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules, tool);
        WriteInvocation(json, report);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var file in report.Files)
        {
            var fingerprints = Fingerprints.Of(file);
            for (var i = 0; i < file.Diagnostics.Count; i++)
            {
                var diagnostic = file.Diagnostics[i];
                WriteResult(json, file, diagnostic, rules.FindIndex(r => r.Descriptor.Id == diagnostic.Id), fingerprints[i]);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF's three levels for findings: info is a note.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<Analyzer> rules, SarifToolInfo tool)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "attrib");
        json.WriteString("fullName", "attrib: quotation, attribution and role checker");
        json.WriteString("semanticVersion", tool.Version);
        if (tool.RepositoryUrl is { } repository)
        {
            json.WriteString("informationUri", repository);
        }
        json.WriteStartArray("rules");
        foreach (var analyzer in rules)
        {
            var descriptor = analyzer.Descriptor;
            var page = AnalyzerCatalog.Page(descriptor.Id);
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteString("name", RuleName(analyzer));
            WriteMessage(json, "shortDescription", descriptor.Title);
            WriteMessage(json, "fullDescription", page is null ? descriptor.Title : WhatItFinds(page) ?? descriptor.Title);
            if (tool.HelpUri(descriptor) is { } helpUri)
            {
                json.WriteString("helpUri", helpUri);
            }
            if (page is not null)
            {
                json.WriteStartObject("help");
                json.WriteString("text", page);
                json.WriteString("markdown", page);
                json.WriteEndObject();
            }
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(descriptor.Category.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The rule's name in words run together, from its class: ATTR001IncompatibleRoles is IncompatibleRoles.</summary>
    private static string RuleName(Analyzer analyzer)
    {
        var type = analyzer.GetType().Name;
        return type.StartsWith(analyzer.Descriptor.Id, StringComparison.Ordinal) ? type[analyzer.Descriptor.Id.Length..] : type;
    }

    /// <summary>The first paragraph of the page's "What it finds" section, on one line.</summary>
    private static string? WhatItFinds(string page)
    {
        var lines = page.ReplaceLineEndings("\n").Split('\n');
        var heading = Array.FindIndex(lines, l => l.Trim().Equals("## What it finds", StringComparison.OrdinalIgnoreCase));
        if (heading < 0)
        {
            return null;
        }
        var paragraph = lines.Skip(heading + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'));
        var text = string.Join(' ', paragraph.Select(l => l.Trim()));
        return text.Length == 0 ? null : text;
    }

    private static void WriteInvocation(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Errors.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in report.Errors)
        {
            WriteNotification(json, "error", error.Message, error.Argument, error.Line);
        }
        foreach (var file in report.Files)
        {
            foreach (var notice in file.Notices)
            {
                WriteNotification(json, "note", notice.Message, file.Path, notice.Line);
            }
        }
        foreach (var skipped in report.Skipped)
        {
            WriteNotification(json, "note", skipped.Message, skipped.File.DisplayPath);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, string level, string message, string path, int? line = null)
    {
        json.WriteStartObject();
        json.WriteString("level", level);
        WriteMessage(json, "message", message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, path);
        if (line is { } startLine)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", startLine);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, FileReport file, Diagnostic diagnostic, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, file, diagnostic.Span, null, null);
        json.WriteEndArray();
        if (diagnostic.RelatedLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.RelatedLocations.Count; i++)
            {
                var related = diagnostic.RelatedLocations[i];
                WriteLocation(json, file, related.Span, i + 1, related.Message);
            }
            json.WriteEndArray();
        }
        if (diagnostic.Fix is { } fix)
        {
            WriteFix(json, file, fix);
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, FileReport file, TextSpan span, int? id, string? message)
    {
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, file.Path);
        var start = file.Source.GetLinePosition(span.Start);
        var end = file.Source.GetLinePosition(span.End);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", start.Line);
        json.WriteNumber("startColumn", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        json.WriteStartObject("snippet");
        json.WriteString("text", file.Source[span]);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        if (message is not null)
        {
            WriteMessage(json, "message", message);
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// The fix as replacements by character offset (UTF-16 code units into the decoded file, as the run's
    /// columnKind says). A suggestion is marked in the fix's properties: a reader must decide, nothing applies it.
    /// </summary>
    private static void WriteFix(Utf8JsonWriter json, FileReport file, Fix fix)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        WriteMessage(json, "description", fix.Description);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifact(json, file.Path);
        json.WriteStartArray("replacements");
        foreach (var edit in fix.Edits.OrderBy(e => e.Span))
        {
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            json.WriteNumber("charOffset", edit.Span.Start);
            json.WriteNumber("charLength", edit.Span.Length);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", edit.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("kind", fix.Kind == FixKind.Fix ? "fix" : "suggestion");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
