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
}
