using Attribution.Fixes;
using Attribution.Syntax;

namespace Attribution.Analyzers.Rules.Names;

/// <summary>One person's surname spelt two ways (Boldyrev, Bolyrev): the rarer spelling is reported, with the majority spelling as its fix.</summary>
public sealed class ATTR003NameSpelling : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR003",
        "Name spelt two ways",
        "'{0}' is spelt '{1}' elsewhere in the text ({2} times)",
        "Names",
        DiagnosticSeverity.Warning,
        Offers: FixOffers.Fixes | FixOffers.Suggestions);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var person in context.Model.People)
        {
            if (!person.HasSeveralSurnameSpellings())
            {
                continue;
            }
            var spellings = person.SurnameSpellings.OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).ToList();
            if (spellings.Count < 2)
            {
                continue;
            }
            var majority = spellings[0];
            // A tie is no evidence of which spelling is right: stay quiet.
            if (majority.Count() == spellings[1].Count())
            {
                continue;
            }
            foreach (var minority in spellings.Skip(1))
            {
                foreach (var mention in minority)
                {
                    Report(context, mention, majority.First().Surname!, majority.Count(), majority.First());
                }
            }
        }
    }

    private static void Report(AnalysisContext context, Mention mention, string majority, int count, Mention example)
    {
        var fix = new Fix($"Spell it '{majority}'", [new TextEdit(mention.SurnameSpan, majority)]);
        context.Report(
            mention.SurnameSpan,
            [mention.Surname!, majority, count.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            [new RelatedLocation(example.SurnameSpan, $"spelt '{majority}' here")],
            fix);
    }
}
