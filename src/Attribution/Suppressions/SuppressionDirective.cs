using System.Text.RegularExpressions;
using Attribution.Configuration;
using Attribution.Documents;
using Attribution.Text;
using Markdig;
using Markdig.Syntax;

namespace Attribution.Suppressions;

public enum SuppressionKind
{
    /// <summary><c>attrib-disable</c>: from here to the next <c>attrib-enable</c> (or the end of the file).</summary>
    Disable,

    /// <summary><c>attrib-enable</c>: ends a <c>attrib-disable</c>.</summary>
    Enable,

    /// <summary><c>attrib-disable-next-line</c>: the line after the directive's.</summary>
    DisableNextLine,
}

/// <summary>A suppression written in the article, in original-file offsets.</summary>
/// <param name="RuleIds">The rules it names; empty for every rule.</param>
/// <param name="Line">The 1-based line of the original file the directive stands on.</param>
public sealed record SuppressionDirective(SuppressionKind Kind, IReadOnlyList<string> RuleIds, TextSpan Span, int Line)
{
    public bool Covers(string id) => RuleIds.Count == 0 || RuleIds.Contains(id, StringComparer.OrdinalIgnoreCase);

    public string Text => Kind switch
    {
        SuppressionKind.Disable => "attrib-disable",
        SuppressionKind.Enable => "attrib-enable",
        _ => "attrib-disable-next-line",
    } + (RuleIds.Count == 0 ? "" : " " + string.Join(", ", RuleIds));
}

/// <summary>
/// Finds suppressions in an article's original text: HTML comments (<c>&lt;!-- attrib-disable ATTR003 --&gt;</c>) in
/// Markdown and HTML, and in plain text a line that holds only the directive in square brackets
/// (<c>[attrib-disable ATTR003]</c>), since plain text has no comments.
/// </summary>
public static partial class SuppressionScanner
{
    private static readonly HashSet<string> PlainTextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", "" };

    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".mdx" };

    private static readonly Markdig.MarkdownPipeline Markdown = new Markdig.MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <exception cref="InputException">A directive names a rule that does not exist.</exception>
    public static IReadOnlyList<SuppressionDirective> Scan(Document document)
    {
        var source = document.Source;
        var pattern = PlainTextExtensions.Contains(Path.GetExtension(document.Path)) ? BracketLine() : Comment();
        var directives = new List<SuppressionDirective>();
        var code = MarkdownExtensions.Contains(Path.GetExtension(document.Path)) ? CodeSpans(source.Text) : [];
        foreach (Match match in pattern.Matches(source.Text))
        {
            if (code.Any(c => c.Contains(match.Index)))
            {
                // A directive shown in a code block or code span is an example, not a directive.
                continue;
            }
            var line = source.GetLinePosition(match.Index).Line;
            var ids = new List<string>();
            foreach (var id in match.Groups["ids"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                try
                {
                    ids.Add(SettingValidator.RuleId(id));
                }
                catch (InvalidSettingException e)
                {
                    throw new InputException($"line {line}: '{match.Groups["kind"].Value}': {e.Message}");
                }
            }
            var kind = match.Groups["kind"].Value switch
            {
                "attrib-disable" => SuppressionKind.Disable,
                "attrib-enable" => SuppressionKind.Enable,
                _ => SuppressionKind.DisableNextLine,
            };
            directives.Add(new SuppressionDirective(kind, ids, new TextSpan(match.Index, match.Index + match.Length), line));
        }
        return directives;
    }

    /// <summary>The source spans of Markdown code blocks and code spans (Markdig's ends are inclusive).</summary>
    private static List<TextSpan> CodeSpans(string text) =>
        [.. Markdig.Markdown.Parse(text, Markdown).Descendants()
            .Where(node => node is Markdig.Syntax.CodeBlock or Markdig.Syntax.Inlines.CodeInline)
            .Select(node => new TextSpan(node.Span.Start, node.Span.End + 1))];

    // Compiled by the source generator rather than run on the non-backtracking engine, whose construction would cost
    // every run's start-up more than the check of a small article; the patterns backtrack at most over one run of
    // white space, and the timeout bounds them on hostile input.
    [GeneratedRegex(@"<!--\s*(?<kind>attrib-disable-next-line|attrib-disable|attrib-enable)(?<ids>(?:[\s,]+ATTR\w*)*)\s*-->", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^[ \t]*\[(?<kind>attrib-disable-next-line|attrib-disable|attrib-enable)(?<ids>(?:[\s,]+ATTR\w*)*)[ \t]*\][ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BracketLine();
}
