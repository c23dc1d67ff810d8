using Attribution.Syntax;

namespace Attribution.Lexicon;

/// <summary>The words before a title that say when or how the role is held (role-modifiers.txt): former, then, acting, …</summary>
internal static class RoleModifierLexicon
{
    /// <summary>Each word (without case) with the modifier it gives.</summary>
    public static Dictionary<string, RoleModifiers> Load(string name = "role-modifiers.txt")
    {
        var words = new Dictionary<string, RoleModifiers>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconResource.ReadLines(name))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !Enum.TryParse<RoleModifiers>(parts[1], ignoreCase: true, out var modifier) || modifier == RoleModifiers.None)
            {
                throw new InvalidOperationException($"{name}: '{line}' is not a word and one of the modifiers former, then, acting, interim, late, future, elect.");
            }
            words[parts[0]] = modifier;
        }
        return words;
    }
}
