using Attribution.Lexicon;

namespace Attribution.Syntax;

/// <summary>
/// A courtesy title says that a person is named after it, so the one capitalised word after it is a surname even
/// when it is also an office or a place: Mr. King, Mr. Jordan, Mr. Justice. Not a form of address, which names no
/// one, and not the first word of a title that a name follows, which is read as a title.
/// <code>
/// "…," Mr. King said.               → King
/// Mr. Washington and Ms. Jordan      → Washington, Jordan
/// "Thank you, Mr. President."        → no name
/// Mr. Justice Smith                  → Smith (a judge)
/// </code>
/// </summary>
internal static class CourtesyTitleSurname
{
    /// <summary>
    /// Token <paramref name="j"/>, just after a courtesy title, is a surname standing alone; <paramref name="nameFollows"/>
    /// says whether a name starts at the token after it.
    /// </summary>
    public static bool At(IReadOnlyList<Token> tokens, int j, bool nameFollows)
    {
        if (j >= tokens.Count || !tokens[j].IsWord || !char.IsUpper(tokens[j].Text[0]) || tokens[j].Text.Length < 2)
        {
            return false;
        }
        var word = tokens[j].Text;
        if (IsAllCapitals(word) || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || Lexicons.FormsOfAddress.Contains(tokens[j]))
        {
            return false;
        }
        return !nameFollows;
    }

    private static bool IsAllCapitals(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
