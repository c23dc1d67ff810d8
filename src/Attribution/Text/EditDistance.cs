namespace Attribution.Text;

/// <summary>Small, allocation-free edit-distance checks for short words.</summary>
public static class EditDistance
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ (ignoring case) by exactly one insertion, deletion or substitution.</summary>
    public static bool IsAtMostOne(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var i = 0;
        var j = 0;
        var edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[j]))
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1)
            {
                return false;
            }
            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    /// <summary>
    /// True when the two words differ (ignoring case) by exactly one insertion, deletion, substitution, or one
    /// swap of two neighbouring letters (Bolyrev, Boldyrev; Trmup, Trump).
    /// </summary>
    public static bool IsOneEditOrSwap(string a, string b)
    {
        if (IsAtMostOne(a, b))
        {
            return true;
        }
        if (a.Length != b.Length || a.Length < 2)
        {
            return false;
        }
        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i]))
            {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < a.Length
            && char.ToLowerInvariant(a[first]) == char.ToLowerInvariant(b[first + 1])
            && char.ToLowerInvariant(a[first + 1]) == char.ToLowerInvariant(b[first])
            && string.Equals(a[(first + 2)..], b[(first + 2)..], StringComparison.OrdinalIgnoreCase);
    }
}
