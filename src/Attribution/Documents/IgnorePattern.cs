namespace Attribution.Documents;

/// <summary>
/// One line of a <c>.gitignore</c> or <c>.attribignore</c> file, parsed with git's rules: '#' starts a comment,
/// trailing spaces are dropped unless escaped with a backslash, '!' negates (re-includes), a trailing '/'
/// matches directories only, a '/' at the start or in the middle anchors the pattern to the ignore file's
/// directory (otherwise it matches a name at any depth), and <c>\#</c>, <c>\!</c>, <c>\ </c> are literal.
/// </summary>
internal sealed class IgnorePattern
{
    private readonly PathPattern _pattern;

    private IgnorePattern(string line, PathPattern pattern, bool isNegated, bool isDirectoryOnly, bool isAnchored)
    {
        Line = line;
        _pattern = pattern;
        IsNegated = isNegated;
        IsDirectoryOnly = isDirectoryOnly;
        IsAnchored = isAnchored;
    }

    /// <summary>The line as written in the ignore file.</summary>
    public string Line { get; }

    /// <summary>True for '!' patterns, which re-include what an earlier pattern excluded.</summary>
    public bool IsNegated { get; }

    /// <summary>True for patterns written with a trailing '/': they match directories only.</summary>
    public bool IsDirectoryOnly { get; }

    /// <summary>True when the pattern is matched against the whole path relative to the ignore file's directory; false when against the last segment only.</summary>
    public bool IsAnchored { get; }

    /// <summary>The pattern of a line, or null for a blank line, a comment or a pattern that can match nothing.</summary>
    public static IgnorePattern? Parse(string line)
    {
        var text = TrimTrailingSpaces(line.TrimEnd('\r'));
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }
        var isNegated = text[0] == '!';
        if (isNegated)
        {
            text = text[1..];
        }
        var isDirectoryOnly = text.EndsWith('/');
        if (isDirectoryOnly)
        {
            text = text[..^1];
        }
        var isAnchored = text.Contains('/');
        if (text.StartsWith('/'))
        {
            text = text[1..];
        }
        if (text.Length == 0)
        {
            return null;
        }
        var pattern = PathPattern.Parse(text);
        return pattern.IsValid ? new IgnorePattern(line, pattern, isNegated, isDirectoryOnly, isAnchored) : null;
    }

    /// <summary>True when the pattern matches a path relative to the ignore file's directory ('/'-separated).</summary>
    public bool IsMatch(string relativePath, bool isDirectory)
    {
        if (IsDirectoryOnly && !isDirectory)
        {
            return false;
        }
        return _pattern.IsMatch(IsAnchored ? relativePath : relativePath[(relativePath.LastIndexOf('/') + 1)..]);
    }

    public override string ToString() => Line;

    /// <summary>Drops trailing spaces that are not escaped with a backslash.</summary>
    private static string TrimTrailingSpaces(string line)
    {
        var cut = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
                cut = -1;
            }
            else if (line[i] == ' ')
            {
                if (cut < 0)
                {
                    cut = i;
                }
            }
            else
            {
                cut = -1;
            }
        }
        return cut < 0 ? line : line[..cut];
    }
}
