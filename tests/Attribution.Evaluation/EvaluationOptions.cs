using System.Globalization;
using Attribution.Evaluation.Extraction;

namespace Attribution.Evaluation;

/// <summary>The command line: <c>&lt;split-dir&gt; [--floors &lt;file&gt;] [--examples N] [--extractor library|naive] [--predictions &lt;file&gt;]</c>.</summary>
public sealed record EvaluationOptions(string SplitDirectory, string? FloorsPath, int Examples, string Extractor, bool ShowHelp)
{
    /// <summary>Where to write the predictions as JSON lines (one article a line, offsets only), or null.</summary>
    public string? PredictionsPath { get; init; }

    public const int DefaultExamples = 3;

    public const string Usage =
        "usage: Attribution.Evaluation <split-dir> [--floors <file>] [--examples N] [--extractor library|naive] [--predictions <file>]";

    /// <summary>Reads the arguments; on failure <paramref name="error"/> says what is wrong in one line.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out EvaluationOptions options, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new EvaluationOptions(string.Empty, null, DefaultExamples, Extractors.Library, false);
        error = string.Empty;
        string? split = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                options = options with { ShowHelp = true };
                return true;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (split is not null)
                {
                    error = $"unexpected argument '{arg}': the split directory is already '{split}'";
                    return false;
                }
                split = arg;
                continue;
            }
            var name = arg;
            string? value = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            if (name is not ("--floors" or "--examples" or "--extractor" or "--predictions"))
            {
                error = $"unknown option '{name}'";
                return false;
            }
            if (string.IsNullOrEmpty(value))
            {
                error = $"option '{name}' needs a value";
                return false;
            }
            switch (name)
            {
                case "--floors":
                    options = options with { FloorsPath = value };
                    break;
                case "--predictions":
                    options = options with { PredictionsPath = value };
                    break;
                case "--examples":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var examples))
                    {
                        error = $"--examples needs a whole number of zero or more, not '{value}'";
                        return false;
                    }
                    options = options with { Examples = examples };
                    break;
                default:
                    if (!Extractors.Names.Contains(value, StringComparer.Ordinal))
                    {
                        error = $"unknown extractor '{value}' (expected {string.Join(" or ", Extractors.Names)})";
                        return false;
                    }
                    options = options with { Extractor = value };
                    break;
            }
        }
        if (split is null)
        {
            error = "the split directory is missing";
            return false;
        }
        options = options with { SplitDirectory = split };
        return true;
    }
}
