namespace Attribution.Analyzers.Rules.Roles;

/// <summary>Two different people given the same single-holder office at the same time.</summary>
public sealed class ATTR002SharedSingleOffice : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR002",
        "Two people in one single-holder office",
        "{0} and {1} are both called {2} for the same time",
        "Roles",
        DiagnosticSeverity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var shared in context.Model.SharedOffices)
        {
            context.Report(
                shared.Claim.Span,
                [shared.Claim.Person.Name, shared.OtherHolder.Person.Name, RoleText.Describe(shared.Claim)],
                [new RelatedLocation(shared.OtherHolder.Span, $"{shared.OtherHolder.Person.Name} is called {RoleText.Describe(shared.OtherHolder)} here")]);
        }
    }
}
