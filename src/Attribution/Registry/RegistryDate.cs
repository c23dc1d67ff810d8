using System.Globalization;
using System.Text.RegularExpressions;

namespace Attribution.Registry;

/// <summary>
/// A date as the registry writes it: a day (2008-05-07), a month (2008-05) or a year (2008). A month or a year
/// stands for a range of days, from <see cref="First"/> to <see cref="Last"/>; the registry's text is kept for messages.
/// </summary>
public readonly partial record struct RegistryDate(string Text, DateOnly First, DateOnly Last)
{
    public static bool TryParse(string text, out RegistryDate date)
    {
        date = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }
        if (!match.Groups["month"].Success)
        {
            date = new RegistryDate(match.Value, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (!match.Groups["day"].Success)
        {
            date = new RegistryDate(match.Value, new DateOnly(year, month, 1), new DateOnly(year, month, daysInMonth));
            return true;
        }
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > daysInMonth)
        {
            return false;
        }
        var exact = new DateOnly(year, month, day);
        date = new RegistryDate(match.Value, exact, exact);
        return true;
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Pattern();
}
