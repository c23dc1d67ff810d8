using System.Text;

namespace Attribution.Documents;

/// <summary>
/// Resolves a declared charset label to a strict decoder (invalid bytes throw), following the WHATWG Encoding
/// standard where it differs from the registry names: ISO-8859-1 and ASCII labels mean windows-1252, and a
/// UTF-16 label in a page's meta element means UTF-8 (a page that is really UTF-16 carries a byte-order mark).
/// </summary>
internal static class CharsetLabels
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["unicode-1-1-utf-8"] = "utf-8",
        ["x-unicode20utf8"] = "utf-8",
        ["utf-16"] = "utf-8",
        ["utf-16le"] = "utf-8",
        ["utf-16be"] = "utf-8",
        ["unicode"] = "utf-8",
        ["ucs-2"] = "utf-8",
        ["ansi_x3.4-1968"] = "windows-1252",
        ["ascii"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["cp1252"] = "windows-1252",
        ["cp819"] = "windows-1252",
        ["csisolatin1"] = "windows-1252",
        ["ibm819"] = "windows-1252",
        ["iso-8859-1"] = "windows-1252",
        ["iso-ir-100"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["iso88591"] = "windows-1252",
        ["iso_8859-1"] = "windows-1252",
        ["iso_8859-1:1987"] = "windows-1252",
        ["l1"] = "windows-1252",
        ["latin1"] = "windows-1252",
        ["x-cp1252"] = "windows-1252",
        ["x-user-defined"] = "windows-1252",
    };

    /// <summary>Code pages that cannot come from a declaration in ASCII-compatible bytes: UTF-16, UTF-32, UTF-7.</summary>
    private static readonly HashSet<int> Refused = [1200, 1201, 12000, 12001, 65000];

    /// <summary>A strict encoding for the label, or null when the label names nothing usable here.</summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim();
        if (Aliases.TryGetValue(name, out var alias))
        {
            name = alias;
        }
        var encoding = Lookup(name);
        return encoding is null || Refused.Contains(encoding.CodePage) ? null : encoding;
    }

    private static Encoding? Lookup(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
