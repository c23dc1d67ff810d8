using System.CommandLine;
using Attribution.Analyzers;

namespace Attribution.Cli;

/// <summary>attrib explain ATTR001: print a rule's page; with no id, list the rules.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("rule") { Description = "A rule id such as ATTR001.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "Print the page of a rule, or list the rules.") { id };
        command.SetAction(parseResult =>
        {
            var requested = parseResult.GetValue(id);
            if (string.IsNullOrEmpty(requested))
            {
                foreach (var analyzer in AnalyzerCatalog.All)
                {
                    var d = analyzer.Descriptor;
                    context.Output.WriteLine($"{d.Id}  {Reporting.SeverityNames.Of(d.DefaultSeverity),-7}  {d.Title}");
                }
                return ExitCodes.Clean;
            }
            var page = AnalyzerCatalog.Page(requested);
            if (page is null)
            {
                context.Error.WriteLine($"attrib: unknown rule '{requested}' (run 'attrib explain' for the list)");
                return ExitCodes.UsageOrInputError;
            }
            context.Output.Write(page);
            return ExitCodes.Clean;
        });
        return command;
    }
}
