namespace Attribution.Semantics.Citations;

/// <summary>The host a link points to: absolute http(s) URLs, scheme-relative ones and written-out "www." addresses.</summary>
public static class LinkHost
{
    /// <summary>The lower-case host without "www.", or null for a relative link, a fragment, mailto: and the like.</summary>
    public static string? Of(string url)
    {
        var candidate = url.Trim();
        if (candidate.StartsWith("//", StringComparison.Ordinal))
        {
            candidate = "https:" + candidate;
        }
        else if (candidate.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            candidate = "https://" + candidate;
        }
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return null;
        }
        if (AsciiHost(uri) is not { } ascii)
        {
            return null;
        }
        var host = ascii.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>
    /// The host in ASCII (punycode for an internationalized name), or null when the name breaks the IDN rules, as a
    /// label too long once encoded does: such a host names no outlet and no server.
    /// </summary>
    internal static string? AsciiHost(Uri uri)
    {
        try
        {
            return uri.IdnHost;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>A written domain such as "lenta.ru" or "www.lenta.ru", as a host; null when it is not one.</summary>
    public static string? OfDomain(string domain) => Of("https://" + domain.Trim());
}
