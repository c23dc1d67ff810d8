using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Roles;

/// <summary>How messages name a role: "Prime Minister (Russia)".</summary>
internal static class RoleText
{
    public static string Describe(RoleClaim claim)
    {
        // A title read from a word one letter off names the form it was read as (Congressman, not Representative).
        var office = claim.Title.IsNearForm ? claim.Title.Form : claim.Title.Office.Forms[0];
        return claim.Jurisdiction is null ? office : $"{office} ({claim.Jurisdiction})";
    }
}
