using System.Text;
using System.Text.RegularExpressions;

namespace Attribution.Documents;

/// <summary>
/// A wildcard pattern over '/'-separated relative paths, with the syntax of git's ignore files and globs:
/// <c>*</c> and <c>?</c> never match '/', <c>[a-z]</c>, <c>[!…]</c>/<c>[^…]</c> and <c>[:alpha:]</c>-style classes
/// match one character other than '/', a backslash makes the next character literal, and a <c>**</c> that
/// is a whole segment matches across directories: <c>**/x</c> (x at any depth), <c>a/**/b</c> (zero or more
/// directories between), <c>a/**</c> (everything inside a). Any other run of asterisks is a single <c>*</c>.
/// Matching is ordinal and case-sensitive, like git on Linux.
/// </summary>
internal sealed class PathPattern
{
    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "a-zA-Z0-9",
        ["alpha"] = "a-zA-Z",
        ["blank"] = @" \t",
        ["cntrl"] = @"\x00-\x1F\x7F",
        ["digit"] = "0-9",
        ["graph"] = @"\x21-\x7E",
        ["lower"] = "a-z",
        ["print"] = @"\x20-\x7E",
        ["punct"] = @"\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E",
        ["space"] = @" \t\n\v\f\r",
        ["upper"] = "A-Z",
        ["xdigit"] = "0-9A-Fa-f",
    };

    private readonly Regex? _regex;

    private PathPattern(string pattern, Regex? regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    /// <summary>False when the pattern is malformed (an unclosed '[', an unknown class, a trailing backslash): like git, it then matches nothing.</summary>
    public bool IsValid => _regex is not null;

    public static PathPattern Parse(string pattern)
    {
        var regex = ToRegex(pattern);
        return new PathPattern(pattern, regex is null
            ? null
            : new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking));
    }

    /// <summary>True when the whole of <paramref name="path"/> ('/'-separated, no leading or trailing '/') matches.</summary>
    public bool IsMatch(string path) => _regex is not null && _regex.IsMatch(path);

    /// <summary>True when a path segment contains a wildcard character that makes it a pattern rather than a name.</summary>
    public static bool HasWildcard(string segment) => segment.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    public override string ToString() => Pattern;

    private static string? ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    var end = i;
                    while (end < pattern.Length && pattern[end] == '*')
                    {
                        end++;
                    }
                    var wholeSegment = end - i >= 2 && (i == 0 || pattern[i - 1] == '/') && (end == pattern.Length || pattern[end] == '/');
                    if (!wholeSegment)
                    {
                        regex.Append("[^/]*");
                    }
                    else if (end == pattern.Length)
                    {
                        regex.Append(".*");
                    }
                    else
                    {
                        regex.Append("(?:.*/)?");
                        end++;
                    }
                    i = end;
                    break;
                case '?':
                    regex.Append("[^/]");
                    i++;
                    break;
                case '[':
                    if (!AppendClass(pattern, ref i, regex))
                    {
                        return null;
                    }
                    break;
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return null;
                    }
                    AppendLiteral(regex, pattern[i + 1]);
                    i += 2;
                    break;
                default:
                    AppendLiteral(regex, c);
                    i++;
                    break;
            }
        }
        return regex.Append('$').ToString();
    }

    private static void AppendLiteral(StringBuilder regex, char c) => regex.Append(Regex.Escape(c.ToString()));

    private static void AppendEscaped(StringBuilder regex, char c) => regex.Append(@"\u").Append(((int)c).ToString("X4"));

    /// <summary>Translates a bracket expression starting at pattern[i] == '['; false when it is not closed or names an unknown class.</summary>
    private static bool AppendClass(string pattern, ref int i, StringBuilder regex)
    {
        var at = i + 1;
        var negated = at < pattern.Length && pattern[at] is '!' or '^';
        if (negated)
        {
            at++;
        }
        var items = new StringBuilder();
        var first = true;
        while (true)
        {
            if (at >= pattern.Length)
            {
                return false;
            }
            var c = pattern[at];
            if (c == ']' && !first)
            {
                at++;
                break;
            }
            first = false;
            if (c == '[' && at + 1 < pattern.Length && pattern[at + 1] == ':')
            {
                var close = pattern.IndexOf(":]", at + 2, StringComparison.Ordinal);
                if (close < 0 || !PosixClasses.TryGetValue(pattern[(at + 2)..close], out var set))
                {
                    return false;
                }
                items.Append(set);
                at = close + 2;
                continue;
            }
            if (c == '\\')
            {
                at++;
                if (at >= pattern.Length)
                {
                    return false;
                }
                c = pattern[at];
            }
            at++;
            if (at + 1 < pattern.Length && pattern[at] == '-' && pattern[at + 1] != ']')
            {
                var high = pattern[at + 1];
                at += 2;
                if (high == '\\')
                {
                    if (at >= pattern.Length)
                    {
                        return false;
                    }
                    high = pattern[at];
                    at++;
                }
                if (c <= high)
                {
                    AppendEscaped(items, c);
                    items.Append('-');
                    AppendEscaped(items, high);
                }
                continue;
            }
            AppendEscaped(items, c);
        }
        i = at;
        if (negated)
        {
            regex.Append("[^/").Append(items).Append(']');
        }
        else if (items.Length == 0)
        {
            regex.Append("[^\\s\\S]");
        }
        else
        {
            regex.Append('[').Append(items).Append("-[/]]");
        }
        return true;
    }
}
