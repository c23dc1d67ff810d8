using System.Globalization;
using System.Text.RegularExpressions;
using Attribution.Analyzers;

namespace Attribution.Configuration;

/// <summary>A setting's value is not valid; <see cref="Exception.Message"/> says why, without saying where (each caller adds that).</summary>
public sealed class InvalidSettingException(string problem) : Exception(problem);

/// <summary>
/// The one check of the values a user writes in front matter, <c>attribution.yaml</c> and on the command line, so
/// that an unknown rule id or a bad date is the same error wherever it is written.
/// </summary>
public static partial class SettingValidator
{
    /// <summary>The rule's id as the catalogue spells it; throws <see cref="InvalidSettingException"/> for an id no rule has.</summary>
    public static string RuleId(string text)
    {
        var id = text.Trim();
        return AnalyzerCatalog.Find(id)?.Id
            ?? throw new InvalidSettingException($"unknown rule '{Shown(id)}' (the rules are {AnalyzerCatalog.All[0].Descriptor.Id}…{AnalyzerCatalog.All[^1].Descriptor.Id}: see 'attrib explain')");
    }

    /// <summary>
    /// An ISO date, or an ISO date and time (YAML and TOML spellings): the calendar date as written, without converting
    /// the time zone. Throws <see cref="InvalidSettingException"/> for anything else.
    /// </summary>
    public static DateOnly Date(string text)
    {
        var match = IsoDateTime().Match(text.Trim());
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidSettingException($"invalid date '{Shown(text.Trim())}' (write it YYYY-MM-DD)");
    }

    /// <summary>A rule's level: a severity, <c>off</c> (null) or <c>on</c> (the rule's default severity).</summary>
    public static DiagnosticSeverity? RuleLevel(string text, DiagnosticDescriptor rule) => text.Trim().ToLowerInvariant() switch
    {
        "off" or "false" or "none" => null,
        "on" or "true" => rule.DefaultSeverity,
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        _ => throw new InvalidSettingException($"invalid level '{Shown(text.Trim())}' (use error, warning, info, on or off)"),
    };

    /// <summary>Longer values are cut in an error message: the start says which value it was.</summary>
    private const int ShownLength = 40;

    /// <summary>
    /// A value as an error message quotes it: on one line, as an error is printed (a line break or other control
    /// character written as an escape), and cut after <see cref="ShownLength"/> characters.
    /// </summary>
    private static string Shown(string value)
    {
        var shown = new System.Text.StringBuilder();
        foreach (var c in value.Length > ShownLength ? value[..ShownLength] : value)
        {
            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return value.Length > ShownLength ? shown.Append('…').ToString() : shown.ToString();
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:(?:[Tt]|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:[Zz]|[+-]\d{1,2}(?::?\d{2})?))?)?$", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDateTime();
}
