using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Roles;

/// <summary>One person given two roles that exclude each other at the same time (President and Prime Minister of Russia).</summary>
public sealed class ATTR001IncompatibleRoles : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR001",
        "Incompatible roles for one person",
        "{0} is called {1} here, but {2} elsewhere for the same time",
        "Roles",
        DiagnosticSeverity.Warning);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var conflict in context.Model.RoleConflicts)
        {
            var related = new List<RelatedLocation>
            {
                new(conflict.Contradicted.Span, $"{conflict.Contradicted.Person.Name} is called {RoleText.Describe(conflict.Contradicted)} here"),
            };
            related.AddRange(conflict.OtherHolders.Select(holder =>
                new RelatedLocation(holder.Span, $"the text also names {holder.Person.Name} {RoleText.Describe(holder)} for the same time")));
            context.Report(
                conflict.Claim.Span,
                [conflict.Claim.Person.Name, RoleText.Describe(conflict.Claim), RoleText.Describe(conflict.Contradicted)],
                related);
        }
    }
}
