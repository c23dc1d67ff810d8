using System.Globalization;
using Attribution.Analyzers;
using Attribution.Text;

namespace Attribution.Reporting;

/// <summary>
/// The fingerprints SARIF's partialFingerprints carry: <see cref="Fingerprint"/> (the one the baseline keeps), with
/// findings of the same hash in one file told apart by their order (<c>hash:1</c>, <c>hash:2</c>), as GitHub does
/// for its own line hashes.
/// </summary>
public static class Fingerprints
{
    /// <summary>The fingerprints of a file's findings, in the order of <see cref="FileReport.Diagnostics"/>.</summary>
    public static IReadOnlyList<string> Of(FileReport file)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new List<string>(file.Diagnostics.Count);
        foreach (var diagnostic in file.Diagnostics)
        {
            var hash = Hash(diagnostic, file.Source);
            var occurrence = seen[hash] = seen.GetValueOrDefault(hash) + 1;
            fingerprints.Add(hash + ":" + occurrence.ToString(CultureInfo.InvariantCulture));
        }
        return fingerprints;
    }

    private static string Hash(Diagnostic diagnostic, SourceText source) => Fingerprint.Of(diagnostic, source.Text);
}
