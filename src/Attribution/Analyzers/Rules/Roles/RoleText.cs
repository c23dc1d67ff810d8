using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Roles;

/// <summary>How messages name a role: "Prime Minister (Russia)".</summary>
internal static class RoleText
{
    public static string Describe(RoleClaim claim)
    {
        var office = claim.Title.IntendedForm ?? claim.Title.Office.Forms[0];
        return claim.Jurisdiction is null ? office : $"{office} ({claim.Jurisdiction})";
    }
}
