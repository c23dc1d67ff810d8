using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>
/// A quotation or claim credited only to unnamed people: officials who spoke on condition of anonymity, sources,
/// experts. Not a source: a phrase that names someone (Cruz and his aides; Omar Lamrani, a senior analyst), people in
/// general who are not quoted and not described as sources (people feel, someone asked), or a verb of thinking or
/// acting rather than saying (officials are responding). One finding per source phrase.
/// </summary>
public sealed class ATTR006AnonymousSource : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR006",
        "Unnamed source",
        "This {0} is credited only to unnamed people ('{1}')",
        "Sources",
        DiagnosticSeverity.Info);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        var reported = new HashSet<int>();
        foreach (var statement in context.Model.Statements)
        {
            if (statement.Speaker is { IsAnonymous: true } speaker && speaker.Person is null
                && IsSaying(statement) && !NamesSomeone(context, speaker) && !IsPeopleInGeneral(context, statement, speaker)
                && reported.Add(speaker.Span.Start))
            {
                var what = statement.Kind is StatementKind.Indirect ? "claim" : "quotation";
                context.Report(speaker.Span, [what, context.Text.Substring(speaker.Span.Start, speaker.Span.Length)]);
            }
        }
    }

    /// <summary>A verb of saying, "according to", or a quotation: not a verb of thinking, wanting or acting.</summary>
    private static bool IsSaying(Statement statement) =>
        statement.Kind is not StatementKind.Indirect || statement.Cue is null || statement.Cue.Kind == Lexicon.CueKind.Speech || statement.Cue.IsAccordingTo;

    private static bool NamesSomeone(AnalysisContext context, Speaker speaker) =>
        context.Syntax.MentionsNamedWithin(speaker.Span).Any(m => m.Kind == Syntax.MentionKind.Name);

    /// <summary>"People" or "someone" with nothing that makes them a source (familiar with, on condition of anonymity), and no quotation.</summary>
    private static bool IsPeopleInGeneral(AnalysisContext context, Statement statement, Speaker speaker)
    {
        if (statement.Quotations.Count > 0)
        {
            return false;
        }
        var words = Syntax.Tokenizer.Tokenize(context.Text, speaker.Span).Where(t => t.IsWord).ToList();
        return words.Count > 0 && words.Any(w => Lexicon.Lexicons.GenericPeople.Contains(w))
            && !words.Any(w => Lexicon.Lexicons.AnonymousSources.Contains(w) && !Lexicon.Lexicons.GenericPeople.Contains(w))
            && words.Count <= 3;
    }
}
