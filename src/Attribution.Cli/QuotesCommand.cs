using System.CommandLine;
using Attribution.Reporting;

namespace Attribution.Cli;

/// <summary>attrib quotes: the quote sheet, who said what.</summary>
internal static class QuotesCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var sourceOptions = new SourceOptions();
        var command = new Command("quotes", "List every quotation and reported statement with its speaker and the speaker's roles.");
        inputs.AddTo(command);
        sourceOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            using var sources = sourceOptions.Create(parseResult, context);
            var (results, errors, skipped) = inputs.Run(parseResult, context, new CheckRun());
            var sheet = results.Select(r => (r.Document.Path, r.Document.Source, QuoteSheet.Entries(r.Model))).ToList();
            if (parseResult.GetValue(inputs.Format) == "json")
            {
                var stream = new MemoryStream();
                QuoteSheet.WriteJson(sheet, stream);
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                QuoteSheet.WriteText(sheet, context.Output);
                SourceSheet.WriteText(results, sources, context.Output);
            }
            SourceOptions.WriteNotices(sources, context);
            foreach (var result in results)
            {
                foreach (var notice in result.Document.Notices)
                {
                    context.Error.WriteLine(notice.ReportLine(result.Document.Path));
                }
            }
            foreach (var skip in skipped)
            {
                context.Error.WriteLine(skip.ToString());
            }
            foreach (var error in errors)
            {
                context.Error.WriteLine($"{error.Where}: error: {error.Message}");
            }
            return errors.Count > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Clean;
        });
        return command;
    }
}
