using System.CommandLine;
using Attribution.Documents;
using Attribution.Lexicon;
using Attribution.Reporting;
using Attribution.Text;

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
            LexiconSet.PrepareDefault();
            using var sources = sourceOptions.Create(parseResult, context);
            var json = parseResult.GetValue(inputs.Format) == "json";
            // The sheet of sources is text only, and compares each file's quotations after its quotes are written.
            var compareSources = !json && sources is not null;
            var (outcomes, found) = Outcomes(parseResult, context, inputs, keepModels: compareSources);
            var errors = new List<InputError>(found.Errors);
            var skippedWhenRead = new List<SkippedInput>();
            var notices = new List<string>();
            var sourceLines = new List<string>();
            using var sheet = json ? new QuoteSheetJsonWriter(context.Output) : null;
            foreach (var file in outcomes)
            {
                if (file.Error is not null)
                {
                    errors.Add(file.Error);
                }
                if (file.Skipped is not null)
                {
                    skippedWhenRead.Add(file.Skipped);
                }
                if (file.Quotes is not { } quoted)
                {
                    continue;
                }
                if (sheet is not null)
                {
                    sheet.WriteFile(quoted.Path, quoted.Entries);
                }
                else
                {
                    QuoteSheet.WriteText(quoted.Path, quoted.Source, quoted.Entries, context.Output);
                }
                notices.AddRange(quoted.Notices.Select(n => n.ReportLine(quoted.Path)));
                if (compareSources && file.Result is { } result)
                {
                    sourceLines.AddRange(SourceSheet.Lines(result, sources!));
                }
            }
            if (sheet is not null)
            {
                sheet.WriteEnd();
                context.Output.WriteLine();
            }
            else
            {
                sourceLines.ForEach(context.Output.WriteLine);
            }
            SourceOptions.WriteNotices(sources, context);
            notices.ForEach(context.Error.WriteLine);
            foreach (var skip in SkippedInput.InFileOrder(found.Skipped, skippedWhenRead))
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

    /// <summary>
    /// Each file's quotes in input order, as the files are checked, with what the search for the files found wrong: the
    /// sheet is made on the worker that checked the file, and the file's analysis is let go there unless the source
    /// sheet still needs it.
    /// </summary>
    private static (IEnumerable<QuotedOutcome> Outcomes, InputFileSet Found) Outcomes(ParseResult parseResult, CliContext context, InputOptions inputs, bool keepModels)
    {
        inputs.CheckStdinUsage(parseResult);
        var run = new CheckRun();
        if (parseResult.GetValue(inputs.Stdin))
        {
            var name = parseResult.GetValue(inputs.StdinFilename)!;
            var checkedText = run.CheckContent(context.Input.ReadToEnd(), name);
            // The text's input error, if any, is told as the search's: there is no file to stand for it.
            return (
                [.. checkedText.Results.Select(r => QuotedOutcome.Of(r, null, null, keepModels))],
                new InputFileSet([], [], checkedText.Errors));
        }
        var found = inputs.Find(parseResult, context, InputFileOptions.Default with { MaxFileSize = inputs.MaxFileSizeOf(parseResult) });
        return (run.CheckEach(found.Files, outcome => QuotedOutcome.Of(outcome.Result, outcome.Error, outcome.Skipped, keepModels)), found);
    }

    /// <summary>What the quote sheet needs of one file, made on the worker that checked it.</summary>
    private sealed record QuotedOutcome(QuotedFile? Quotes, DocumentResult? Result, InputError? Error, SkippedInput? Skipped)
    {
        public static QuotedOutcome Of(DocumentResult? result, InputError? error, SkippedInput? skipped, bool keepModel) =>
            new(result is null ? null : QuotedFile.Of(result), keepModel ? result : null, error, skipped);
    }

    private sealed record QuotedFile(string Path, SourceText Source, IReadOnlyList<QuoteEntry> Entries, IReadOnlyList<InputNotice> Notices)
    {
        public static QuotedFile Of(DocumentResult result) =>
            new(result.Document.Path, result.Document.Source, QuoteSheet.Entries(result.Model), result.Document.Notices);
    }
}
