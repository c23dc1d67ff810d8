using System.CommandLine;
using System.Text;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>attrib check's --format and --color: picks the reporter and where it writes.</summary>
internal static class ReportOutput
{
    /// <summary>Every format of attrib check; the first is the default.</summary>
    public static readonly string[] Formats = ["text", "json", "sarif", "github", "diff"];

    public static Option<string> CreateColorOption()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colour the text report: auto (when standard output is a terminal and NO_COLOR is not set), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "always", "never");
        return option;
    }

    public static void Write(string format, string color, CheckReport report, CliContext context, string? helpUriBase = null)
    {
        switch (format)
        {
            case "json":
                context.Output.WriteLine(Utf8(stream => JsonReporter.Write(report, stream)));
                break;
            case "sarif":
                context.Output.WriteLine(Utf8(stream => SarifReporter.Write(report, stream, ToolInfo() with { HelpUriBase = helpUriBase })));
                break;
            case "github":
                GitHubReporter.Write(report, context.Output);
                WriteStepSummary(report, context);
                break;
            case "diff":
                DiffReporter.Write(report, context.Output, file => PatchEncodingOf(file, context));
                break;
            default:
                TextReporter.Write(report, context.Output, UseColor(color, context.Environment));
                break;
        }
    }

    /// <summary>Appends the summary table to the file GitHub names in GITHUB_STEP_SUMMARY, when it names one.</summary>
    private static void WriteStepSummary(CheckReport report, CliContext context)
    {
        var path = context.Environment.Variable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }
        try
        {
            using var summary = new StreamWriter(path, append: true, new UTF8Encoding(false));
            GitHubReporter.WriteSummary(report, summary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The annotations are out already; a summary that cannot be written is worth a notice, not a failed check.
            context.Error.WriteLine($"attrib: cannot write the step summary {path}: {e.Message}");
        }
    }

    /// <summary>The encoding of the file on disk, which a patch must match; standard input is taken as UTF-8.</summary>
    private static PatchEncoding PatchEncodingOf(FileReport file, CliContext context)
    {
        var path = Path.GetFullPath(file.Path, context.CurrentDirectory);
        try
        {
            if (File.Exists(path) && Documents.InputDecoder.TryDecode(File.ReadAllBytes(path), path, out var decoded))
            {
                return new PatchEncoding(decoded.EncodingName, decoded.Encoding.CodePage == Encoding.UTF8.CodePage, decoded.HasByteOrderMark);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Documents.InputException)
        {
            // Read a moment ago, unreadable now: the patch assumes UTF-8 and git apply will say if it does not fit.
        }
        return PatchEncoding.Utf8;
    }

    /// <summary>auto: colour for a terminal, unless NO_COLOR is set to anything but the empty string (no-color.org).</summary>
    public static bool UseColor(string color, CliEnvironment environment) => color switch
    {
        "always" => true,
        "never" => false,
        _ => environment.OutputIsTerminal && string.IsNullOrEmpty(environment.Variable("NO_COLOR")),
    };

    /// <summary>The version and repository the build stamped into the library (RepositoryUrl assembly metadata, when the build sets one).</summary>
    private static SarifToolInfo ToolInfo()
    {
        var assembly = typeof(SarifReporter).Assembly;
        var version = assembly.GetName().Version ?? new Version(0, 0, 0);
        var repository = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;
        return new SarifToolInfo($"{version.Major}.{version.Minor}.{Math.Max(0, version.Build)}", string.IsNullOrEmpty(repository) ? null : repository);
    }

    private static string Utf8(Action<Stream> write)
    {
        var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
