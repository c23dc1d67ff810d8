using Attribution.Fixes;
using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.Analyzers.Rules.Names;

/// <summary>
/// A word one edit (a letter dropped, added, changed, or two neighbours swapped) off a word of a title, standing
/// where a title stands: before a name or another capitalised word ("Presdient Barack Obama", "Genral Kayani"), or
/// after the first word of a title or a jurisdiction ("Vice Pesident Biden", "House Sepaker Paul Ryan", "British
/// Prime Miinister"). A word the text also writes in lower case, a plural of a title, a word of the lexicons or a
/// surname after a first name is never a misspelling.
/// </summary>
public sealed class ATTR004MisspeltTitle : Analyzer
{
    /// <summary>The shortest title word a misspelling is looked for in, and the shortest misspelt word (Myor for Mayor).</summary>
    private const int MinimumLength = 5;

    public static readonly DiagnosticDescriptor Rule = new(
        "ATTR004",
        "Misspelt title",
        "'{0}' looks like a misspelling of the title '{1}'",
        "Names",
        DiagnosticSeverity.Warning,
        Offers: FixOffers.Fixes | FixOffers.Suggestions);

    /// <summary>The capitalised words of every title form (President, Minister, Speaker, General…), the first words of forms of several words, and the forms of one word.</summary>
    private static readonly (HashSet<string> Words, HashSet<string> Leading, HashSet<string> Whole) TitleWords = ReadTitleWords(OfficeLexicon.Default);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWordsBySpan = TitleWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<int, string[]> TitleWordsByLength =
        TitleWords.Words.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToArray());

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var tokens in context.Syntax.Tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                // A word the text also writes in lower case is a word of the language, not a slip.
                if (!IsCandidate(token) || !StandsAsTitle(tokens, i)
                    || context.Syntax.WordCases.OfLowerCase(token.LowerCaseText).WrittenInLowerCase)
                {
                    continue;
                }
                if (Intended(token.Text) is { } title)
                {
                    context.Report(token.Span, [token.Text, title], fix: new Fix($"Write '{title}'", [new TextEdit(token.Span, title)]));
                }
            }
        }
    }

    // The tests that read only the token's word lists come before those that hash its text.
    private static bool IsCandidate(Token token) =>
        token.IsWord && token.IsCapitalized && token.Text.Length >= MinimumLength - 1 && IsAllLetters(token.Text)
        && !Lexicons.NameStopWords.Contains(token) && !Lexicons.TitleLookalikes.Contains(token)
        && !TitleWords.Words.Contains(token.Text) && !IsPluralOfTitle(token.Text) && Lexicons.Jurisdictions.Find(token.Text) is null;

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where a title stands: before a capitalised word, or after a title's first word, a jurisdiction or "the", and never right after a first name.</summary>
    private static bool StandsAsTitle(IReadOnlyList<Token> tokens, int i)
    {
        var beforeName = i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized;
        if (beforeName)
        {
            return true;
        }
        var before = i > 0 && tokens[i - 1].IsWord ? tokens[i - 1] : (Token?)null;
        return before is { } b && (TitleWords.Leading.Contains(b.Text) || Lexicons.Jurisdictions.Find(b.Text) is not null || b.Is("the"));
    }

    /// <summary>
    /// The title word the written word is one edit from; when it is one edit from several, the one that is a title on
    /// its own (Senatr: Senator, not Senate); null when that does not decide.
    /// </summary>
    private static string? Intended(string word)
    {
        var candidates = new List<string>();
        for (var length = Math.Max(MinimumLength, word.Length - 1); length <= word.Length + 1; length++)
        {
            // One edit or swap changes the length by at most one.
            foreach (var title in TitleWordsByLength.GetValueOrDefault(length, []))
            {
                if (EditDistance.IsOneEditOrSwap(word, title))
                {
                    candidates.Add(title);
                }
            }
        }
        if (candidates.Count > 1)
        {
            candidates = [.. candidates.Where(TitleWords.Whole.Contains)];
        }
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool IsPluralOfTitle(string word) =>
        word.EndsWith('s') && TitleWordsBySpan.Contains(word.AsSpan(0, word.Length - 1))
        || word.EndsWith("men", StringComparison.Ordinal) && TitleWords.Words.Contains(word[..^3] + "man");

    private static (HashSet<string>, HashSet<string>, HashSet<string>) ReadTitleWords(OfficeLexicon offices)
    {
        var whole = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var leading = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in offices.Forms)
        {
            var parts = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                if (part.All(char.IsLetter) && part.Length > 3 && !Lexicons.RepeatableWords.Contains(part))
                {
                    words.Add(Capitalise(part));
                }
            }
            if (parts.Length > 1)
            {
                leading.Add(parts[0]);
            }
            else
            {
                whole.Add(Capitalise(form));
            }
        }
        return (words, leading, whole);
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
