using Attribution.Configuration;

namespace Attribution.Cli;

/// <summary>Values of command-line options, checked by the validator front matter and configuration files use.</summary>
internal static class CommandLineSettings
{
    /// <summary>Rule ids from a repeatable option whose values may also be comma lists; an unknown id is a usage error.</summary>
    public static IReadOnlySet<string> RuleIds(IEnumerable<string>? values, string option)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            try
            {
                ids.Add(SettingValidator.RuleId(id));
            }
            catch (InvalidSettingException e)
            {
                throw new UsageException($"{option}: {e.Message}");
            }
        }
        return ids;
    }

    /// <summary>A size in bytes: 2000000, 512KiB, 2MiB (also K, M, KB, MB as binary units); a bad one is a usage error.</summary>
    public static long Size(string text, string option)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text.Trim(), @"^(?<n>\d+)\s*(?<unit>|b|k|kb|kib|m|mb|mib)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!match.Success || !long.TryParse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new UsageException($"{option}: invalid size '{text}' (write bytes, or a number with KiB or MiB: 4MiB)");
        }
        var multiplier = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "k" or "kb" or "kib" => 1024L,
            "m" or "mb" or "mib" => 1024L * 1024,
            _ => 1L,
        };
        return number * multiplier;
    }
}
