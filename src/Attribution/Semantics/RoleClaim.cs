using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Semantics;

/// <summary>The text's claim that a person holds an office: where it says so, the title, and when.</summary>
public sealed record RoleClaim(Person Person, Mention Mention, TitleMention Title, TimeAnchor Time)
{
    public string Office => Title.Office.Id;

    /// <summary>Where the claim stands: the mention with its title, also a title set after the name ("Clyburn, a Democratic congressman").</summary>
    public TextSpan Span => new(Math.Min(Mention.Span.Start, Title.Span.Start), Math.Max(Mention.Span.End, Title.Span.End));

    /// <summary>
    /// The jurisdiction of the claim: the one its title names, or, for a title that names none, the one the
    /// person's other titles of the same office all name ("Gov. Mike Pence of Indiana" … "Gov. Pence").
    /// </summary>
    public string? Jurisdiction { get; init; } = Title.Jurisdiction;

    /// <summary>
    /// The country the claim is compared in with the person's other offices: the jurisdiction's country, or
    /// for a title that names none, the one country all of the person's other titles name. Null when the
    /// text does not say.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>True when the jurisdiction comes from the person's other titles, not from this one.</summary>
    public bool IsJurisdictionCarried => Jurisdiction != Title.Jurisdiction;
}
