using Attribution.Lexicon;
using Attribution.Text;

namespace Attribution.Syntax;

/// <summary>
/// Finds mentions of people in a sentence: titles (with modifiers, jurisdictions and "of …" complements),
/// courtesy titles, personal names with their suffixes, appositive titles after a name (", Chairman of …"),
/// jurisdictions after a name ("Gov. Mike Pence of Indiana", "Sen. Ted Cruz (R-Texas)") and titles with no
/// name ("the Russian Prime Minister"). Works left to right over the tokens once.
/// </summary>
public sealed class MentionFinder
{
    private static readonly IReadOnlyList<TitleMention> NoTitles = [];

    private static readonly Dictionary<string, RoleModifiers> ModifierWords = RoleModifierLexicon.Load();

    /// <summary>The modifiers looked up by the prefix of a hyphenated word (then-Gov.), without cutting it out.</summary>
    private static readonly Dictionary<string, RoleModifiers>.AlternateLookup<ReadOnlySpan<char>> ModifierPrefixes = ModifierWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly OfficeLexicon _offices;
    private readonly JurisdictionLexicon _jurisdictions;
    private readonly Dictionary<string, List<(string[] Words, Office Office)>> _formsByFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Words, string Id)>> _jurisdictionsByFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string Form, Office Office)> _capitalisedSingleWordForms = [];

    /// <summary>Words of multi-word jurisdictions (Korea, Carolina, Jersey): not first names.</summary>
    private readonly HashSet<string> _jurisdictionWords = new(StringComparer.Ordinal);

    public MentionFinder(OfficeLexicon offices, JurisdictionLexicon jurisdictions)
    {
        _offices = offices;
        _jurisdictions = jurisdictions;
        foreach (var office in offices.Offices)
        {
            foreach (var form in office.Forms)
            {
                var words = form.Split(' ');
                var key = words[0].TrimEnd('.');
                if (!_formsByFirstWord.TryGetValue(key, out var list))
                {
                    _formsByFirstWord[key] = list = [];
                }
                list.Add((words, office));
                if (words.Length == 1 && form.Length >= 5 && char.IsUpper(form[0]) && !form.EndsWith('.') && !offices.IsPluralForm(form))
                {
                    _capitalisedSingleWordForms.Add((form, office));
                }
            }
        }
        foreach (var list in _formsByFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        foreach (var jurisdiction in jurisdictions.Jurisdictions)
        {
            foreach (var form in jurisdiction.Forms)
            {
                var words = form.Split(' ');
                var key = IsInitialism(words[0]) || !words[0].EndsWith('.') ? words[0] : words[0][..^1];
                if (!_jurisdictionsByFirstWord.TryGetValue(key, out var list))
                {
                    _jurisdictionsByFirstWord[key] = list = [];
                }
                list.Add((words, jurisdiction.Id));
            }
        }
        foreach (var form in jurisdictions.Jurisdictions.SelectMany(j => j.Forms).Where(f => f.Contains(' ', StringComparison.Ordinal)))
        {
            foreach (var word in form.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])))
            {
                _jurisdictionWords.Add(word);
            }
        }
        foreach (var list in _jurisdictionsByFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public static MentionFinder Default { get; } = new(OfficeLexicon.Default, JurisdictionLexicon.Default);

    /// <summary>The words a title can start with: the modifiers and the first word of each office form (without case).</summary>
    internal IEnumerable<string> TitleStartWords => ModifierWords.Keys.Concat(_formsByFirstWord.Keys);

    /// <summary>The first word of each jurisdiction's form, as written.</summary>
    internal IEnumerable<string> JurisdictionStartWords => _jurisdictionsByFirstWord.Keys;

    /// <summary>
    /// True when the token surely starts no mention: not an article, not capitalised, and by its word lists (the
    /// built-in finder's start words are lists of the classifier) no modifier, office or jurisdiction; a hyphenated
    /// word (then-Gov., President-elect) or a possessive (Russia’s) is read in full. Most tokens of a sentence are such
    /// words, and this test spares them the lookups of a title.
    /// </summary>
    private bool StartsNoMention(Token token) =>
        ReferenceEquals(this, Default)
        && (token.Classes & (Lexicons.TitleStarts.Mask | Lexicons.JurisdictionStarts.Mask | Lexicons.Articles.Mask)) == UInt128.Zero
        && !char.IsUpper(token.Text[0]) && !token.Text.Contains('-') && !HasPossessiveEnding(token.Text);

    public List<Mention> Find(IReadOnlyList<Token> tokens, int sentence)
    {
        var mentions = new List<Mention>();
        Find(tokens, sentence, mentions, numbered: false);
        return mentions;
    }

    /// <summary>Adds the sentence's mentions to a document's list, each numbered by its place in it (<see cref="Mention.Index"/>), instead of copying each to number it.</summary>
    internal void FindNumbered(IReadOnlyList<Token> tokens, int sentence, List<Mention> mentions) => Find(tokens, sentence, mentions, numbered: true);

    private void Find(IReadOnlyList<Token> tokens, int sentence, List<Mention> mentions, bool numbered)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var mention = TryMention(tokens, i, sentence, numbered ? mentions.Count : 0, out var next);
            if (mention is not null)
            {
                mentions.Add(mention);
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    private Mention? TryMention(IReadOnlyList<Token> tokens, int start, int sentence, int index, out int next)
    {
        next = start + 1;
        if (StartsNoMention(tokens[start]))
        {
            return null;
        }
        var j = start;
        var hasDeterminer = false;
        if (Lexicons.Articles.Contains(tokens[j]))
        {
            hasDeterminer = true;
            j++;
        }
        // Made only when a title is read: most tokens start no mention.
        List<TitleMention>? titles = null;
        string? nationality = null;
        var licensed = hasDeterminer;
        while (j < tokens.Count)
        {
            var title = TryTitle(tokens, j, licensed, out var afterTitle, out var jurisdictionOnly);
            if (title is not null)
            {
                (titles ??= []).Add(title);
                j = afterTitle;
                licensed = true;
                j = SkipParentheticalAbbreviation(tokens, j);
                // "Chief of Army Staff General (COAS), Ashfaq Parvez Kayani": a comma between titles and the name.
                if (j + 1 < tokens.Count && tokens[j].Text == "," && (StartsName(tokens, j + 1) || IsHonorific(tokens, j + 1)) && tokens[j + 1].IsCapitalized && LooksLikeNameAhead(tokens, j + 1))
                {
                    j++;
                }
                continue;
            }
            if (jurisdictionOnly is not null && afterTitle > j)
            {
                nationality = jurisdictionOnly;
                j = afterTitle;
                continue;
            }
            break;
        }
        var hasHonorific = false;
        if (j < tokens.Count && IsHonorific(tokens, j))
        {
            hasHonorific = true;
            j = tokens[j].Text.EndsWith('.') || (j + 1 < tokens.Count && tokens[j + 1].Text == "." && tokens[j + 1].Span.Start == tokens[j].Span.End) ? SkipDot(tokens, j) : j + 1;
        }
        if (titles is null && !hasHonorific && j < tokens.Count)
        {
            var nearForm = TryNearFormTitle(tokens, j);
            if (nearForm is not null)
            {
                titles = [nearForm];
                j++;
            }
        }
        var nameStart = j;
        var words = ReadName(tokens, ref j, sentenceStart: nameStart == 0, out var surnameSpan, out var suffix);
        if (words is null && hasHonorific && CourtesyTitleSurname.At(tokens, nameStart, nameFollows: nameStart + 1 < tokens.Count && StartsName(tokens, nameStart + 1)))
        {
            var surname = StripPossessive(tokens[nameStart].Text);
            words = [surname];
            surnameSpan = new TextSpan(tokens[nameStart].Span.Start, tokens[nameStart].Span.Start + surname.Length);
            suffix = null;
            j = nameStart + 1;
        }
        var nameEnd = words is null ? nameStart : suffix is null ? j : LastNameWordEnd(tokens, nameStart, j);
        if (words is not null && nameEnd == nameStart)
        {
            // Only a suffix and its dots, with no name word before them: no name.
            words = null;
            j = nameStart;
        }
        if (words is not null)
        {
            var nameSpan = new TextSpan(tokens[nameStart].Span.Start, NameEnd(tokens[nameEnd - 1]));
            var spanStart = titles is { Count: > 0 } || hasHonorific || nationality is not null ? tokens[hasDeterminer ? start + 1 : start].Span.Start : nameSpan.Start;
            var mentionSpan = new TextSpan(spanStart, nameSpan.End);
            next = j;
            if (titles is not null)
            {
                ReadJurisdictionAfterName(tokens, ref next, titles);
            }
            if (ReadAppositiveTitle(tokens, next, ref next) is { } appositive)
            {
                (titles ??= []).Add(appositive);
            }
            // Most names have no title: they share one empty list.
            return new Mention(mentionSpan, MentionKind.Name, nameSpan, words, titles ?? NoTitles, sentence, hasHonorific) { Index = index, SurnameSpan = surnameSpan, Suffix = suffix };
        }
        if (titles is not null && !hasHonorific && (hasDeterminer || char.IsUpper(tokens[start].Text[0])))
        {
            next = j;
            var span = new TextSpan(tokens[start].Span.Start, titles[^1].Span.End);
            return new Mention(span, MentionKind.RoleOnly, new TextSpan(span.End, span.End), [], titles, sentence, false) { Index = index };
        }
        return null;
    }

    /// <summary>[modifiers] [jurisdictions] office-form [of (the) jurisdiction-or-organisation] [jurisdiction].</summary>
    private TitleMention? TryTitle(IReadOnlyList<Token> tokens, int start, bool licensed, out int next, out string? jurisdictionOnly)
    {
        next = start;
        jurisdictionOnly = null;
        var j = start;
        var modifiers = RoleModifiers.None;
        // Made only when a jurisdiction is named: most tokens start no title.
        List<string>? named = null;
        var prefix = "";
        while (j < tokens.Count)
        {
            var text = tokens[j].Text;
            if (ModifierWords.TryGetValue(text, out var modifier) && j + 1 < tokens.Count)
            {
                modifiers |= modifier;
                j++;
                if (j < tokens.Count && tokens[j].Text is "-" or "‑")
                {
                    j++;
                }
                continue;
            }
            // then-Gov., ex-President: the tokenizer keeps the hyphenated prefix on the word.
            var dash = text.IndexOf('-');
            if (dash > 0 && ModifierPrefixes.TryGetValue(text.AsSpan(0, dash), out modifier) && FormStarts(text[(dash + 1)..]))
            {
                modifiers |= modifier;
                prefix = text[..(dash + 1)];
                break;
            }
            var jurisdictionEnd = MatchJurisdiction(tokens, j, out var id);
            if (jurisdictionEnd > j)
            {
                (named ??= []).Add(id!);
                j = jurisdictionEnd;
                continue;
            }
            break;
        }
        var formEnd = MatchOffice(tokens, j, prefix, out var office, out var form, out var elect);
        if (office is null)
        {
            if (named is { Count: > 0 } && modifiers == RoleModifiers.None)
            {
                jurisdictionOnly = named[^1];
                next = j;
            }
            return null;
        }
        var firstFormToken = tokens[j];
        var isCapitalised = char.IsUpper(firstFormToken.Text[prefix.Length]);
        // A lower-case title needs something that makes it one: a determiner, a jurisdiction, a modifier, or a name right after it.
        if (!isCapitalised && !licensed && named is null && modifiers == RoleModifiers.None
            && !(formEnd < tokens.Count && IsNameWord(tokens, formEnd, false, allowJurisdiction: false) && LooksLikeNameAhead(tokens, formEnd)))
        {
            return null;
        }
        if (elect)
        {
            modifiers |= RoleModifiers.Elect;
        }
        var formSpan = new TextSpan(firstFormToken.Span.Start + prefix.Length, elect ? tokens[formEnd - 1].Span.End - "-elect".Length : tokens[formEnd - 1].Span.End);
        string? jurisdiction = null;
        string? party = null;
        foreach (var id in named ?? [])
        {
            // "Republican Sen. Ted Cruz": a party adjective names the jurisdiction of a party office only.
            if (_jurisdictions.Get(id)?.Kind == JurisdictionKind.Party && office.Level != OfficeLevel.Party)
            {
                party = id;
            }
            else
            {
                jurisdiction = id;
            }
        }
        j = formEnd;
        // "President of Russia", "Chairman of Defence and Security Committee of State Duma".
        if (j + 1 < tokens.Count && tokens[j].Is("of"))
        {
            var k = j + 1;
            if (k < tokens.Count && tokens[k].Is("the"))
            {
                k++;
            }
            var jurisdictionEnd = MatchJurisdiction(tokens, k, out var id);
            if (jurisdictionEnd > k && (jurisdictionEnd >= tokens.Count || !tokens[jurisdictionEnd].IsCapitalized))
            {
                jurisdiction = id;
                j = jurisdictionEnd;
            }
            else if (k < tokens.Count && tokens[k].IsCapitalized)
            {
                var organisationEnd = ReadOrganisation(tokens, k);
                if (organisationEnd > k)
                {
                    jurisdiction ??= string.Join(' ', tokens.Skip(k).Take(organisationEnd - k).Select(t => t.Text));
                    j = organisationEnd;
                }
            }
        }
        // "Commander-in-Chief Russian ground forces": a jurisdiction right after the title.
        else if (jurisdiction is null && j < tokens.Count)
        {
            var jurisdictionEnd = MatchJurisdiction(tokens, j, out var id);
            if (jurisdictionEnd > j && jurisdictionEnd < tokens.Count && !tokens[jurisdictionEnd].IsCapitalized && tokens[jurisdictionEnd].IsWord && !IsHonorific(tokens, jurisdictionEnd)
                && _jurisdictions.Get(id)?.Kind != JurisdictionKind.Party)
            {
                jurisdiction = id;
                j = jurisdictionEnd;
                while (j < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalized && Lexicons.ArmedForcesWords.Contains(tokens[j]))
                {
                    j++;
                }
            }
        }
        next = j;
        var span = new TextSpan(tokens[start].Span.Start, tokens[j - 1].Span.End);
        return new TitleMention(span, office, jurisdiction, modifiers, form) { FormSpan = formSpan, Party = party, Plural = _offices.IsPluralForm(form) };
    }

    private bool FormStarts(string word) => _formsByFirstWord.ContainsKey(word.TrimEnd('.'));

    private int MatchOffice(IReadOnlyList<Token> tokens, int j, string prefix, out Office? office, out string form, out bool elect)
    {
        office = null;
        form = "";
        elect = false;
        if (j >= tokens.Count || !tokens[j].IsWord)
        {
            return j;
        }
        var first = tokens[j].Text[prefix.Length..];
        if (!_formsByFirstWord.TryGetValue(StripElect(first), out var candidates))
        {
            return j;
        }
        foreach (var (words, candidate) in candidates)
        {
            var end = MatchWords(tokens, j, words, out elect, prefix);
            if (end > j)
            {
                // A one-word lower-case form that is also an everyday word (general, major) needs a capital.
                if (words.Length == 1 && char.IsUpper(words[0][0]) && !char.IsUpper(first[0]) && candidate.IsRank)
                {
                    continue;
                }
                office = candidate;
                form = string.Join(' ', words);
                return end;
            }
        }
        elect = false;
        return j;
    }

    private static string StripElect(string word) =>
        word.EndsWith("-elect", StringComparison.OrdinalIgnoreCase) && word.Length > 6 ? word[..^6] : word;

    /// <summary>
    /// Matches a lexicon phrase; a word ending in '.' in the lexicon matches the word and a dot right after it.
    /// The last word may carry "-elect" (President-elect).
    /// </summary>
    private static int MatchWords(IReadOnlyList<Token> tokens, int j, string[] words, out bool elect, string prefix = "")
    {
        elect = false;
        var k = j;
        for (var w = 0; w < words.Length; w++)
        {
            if (k >= tokens.Count)
            {
                return j;
            }
            var expected = words[w];
            var needsDot = expected.EndsWith('.') && !IsInitialism(expected);
            var bare = needsDot ? expected[..^1] : expected;
            var actual = w == 0 ? tokens[k].Text[prefix.Length..] : tokens[k].Text;
            if (w == words.Length - 1 && !string.Equals(actual, bare, StringComparison.OrdinalIgnoreCase) && StripElect(actual).Length < actual.Length)
            {
                actual = StripElect(actual);
                elect = true;
            }
            if (!string.Equals(actual, bare, StringComparison.OrdinalIgnoreCase))
            {
                elect = false;
                return j;
            }
            k++;
            if (needsDot && !elect)
            {
                if (k < tokens.Count && tokens[k].Text == "." && tokens[k].Span.Start == tokens[k - 1].Span.End)
                {
                    k++;
                }
                else if (w < words.Length - 1)
                {
                    return j;
                }
            }
        }
        return k;
    }

    private static bool IsInitialism(string word) => word.AsSpan().Count('.') >= 2;

    /// <summary>A jurisdiction's form at <paramref name="j"/> ("Russian", "New York", "Ind.", "Russia’s"); the index after it.</summary>
    private int MatchJurisdiction(IReadOnlyList<Token> tokens, int j, out string? id)
    {
        id = null;
        if (j >= tokens.Count || !_jurisdictionsByFirstWord.TryGetValue(StripPossessive(tokens[j].Text), out var candidates))
        {
            return j;
        }
        foreach (var (words, candidate) in candidates)
        {
            var end = j;
            var ok = true;
            for (var w = 0; w < words.Length && ok; w++)
            {
                var expected = words[w];
                var needsDot = expected.EndsWith('.') && !IsInitialism(expected);
                var bare = needsDot ? expected[..^1] : expected;
                var actual = end < tokens.Count ? (w == words.Length - 1 ? StripPossessive(tokens[end].Text) : tokens[end].Text) : null;
                ok = actual == bare;
                end++;
                if (ok && needsDot)
                {
                    ok = end < tokens.Count && tokens[end].Text == "." && tokens[end].Span.Start == tokens[end - 1].Span.End;
                    end++;
                }
            }
            if (ok)
            {
                id = candidate;
                return end;
            }
        }
        return j;
    }

    /// <summary>A capitalised run that may contain of/and/the: "Defence and Security Committee of State Duma".</summary>
    private static int ReadOrganisation(IReadOnlyList<Token> tokens, int k)
    {
        var end = k;
        var j = k;
        while (j < tokens.Count && tokens[j].IsWord)
        {
            if (tokens[j].IsCapitalized)
            {
                j++;
                end = j;
            }
            else if (Lexicons.ComplementGlue.Contains(tokens[j]) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)
            {
                j++;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private static int SkipParentheticalAbbreviation(IReadOnlyList<Token> tokens, int j)
    {
        if (j + 2 < tokens.Count && tokens[j].Text == "(" && tokens[j + 2].Text == ")" && tokens[j + 1].Text.All(c => char.IsUpper(c) || c == '.'))
        {
            return j + 3;
        }
        return j;
    }

    private static bool IsHonorific(IReadOnlyList<Token> tokens, int j) =>
        tokens[j].IsWord && char.IsUpper(tokens[j].Text[0])
        && (Lexicons.Honorifics.Contains(tokens[j]) || Lexicons.Honorifics.ContainsWithFullStop(tokens[j].Text));

    private static int SkipDot(IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j + 1].Text == "." ? j + 2 : j + 1;

    private bool StartsName(IReadOnlyList<Token> tokens, int j) => IsNameWord(tokens, j, sentenceStart: false);

    private bool LooksLikeNameAhead(IReadOnlyList<Token> tokens, int j)
    {
        var k = j;
        if (IsHonorific(tokens, k))
        {
            k = SkipDot(tokens, k);
        }
        var count = 0;
        while (k < tokens.Count && IsNameWord(tokens, k, false, allowJurisdiction: count > 0))
        {
            count++;
            k++;
        }
        return count >= 2 || TryTitleAt(tokens, j);
    }

    private bool TryTitleAt(IReadOnlyList<Token> tokens, int j) => MatchOffice(tokens, j, "", out var office, out _, out _) > j && office is not null;

    /// <summary>
    /// A capitalised word one letter from a one-word title, standing before a name of two words or more, read as that
    /// title ("Genral Ashfaq Parvez Kayani"), so that the word stays out of the name.
    /// </summary>
    private TitleMention? TryNearFormTitle(IReadOnlyList<Token> tokens, int j)
    {
        var token = tokens[j];
        if (!token.IsWord || !token.IsCapitalized || token.Text.Length < 5 || Lexicons.NameStopWords.Contains(token) || FormStarts(token.Text)
            || token.Text.EndsWith('s') && FormStarts(token.Text[..^1]))
        {
            return null;
        }
        var k = j + 1;
        var nameWords = 0;
        while (k < tokens.Count && IsNameWord(tokens, k, false, allowJurisdiction: nameWords > 0))
        {
            nameWords++;
            k++;
        }
        if (nameWords < 2)
        {
            return null;
        }
        foreach (var (form, office) in _capitalisedSingleWordForms)
        {
            if (EditDistance.IsAtMostOne(token.Text, form))
            {
                return new TitleMention(token.Span, office, null, RoleModifiers.None, form) { IsNearForm = true, FormSpan = token.Span };
            }
        }
        return null;
    }

    /// <summary>The words of the name at <paramref name="j"/>, or null when none starts there (made only when one does: most tokens start none).</summary>
    private List<string>? ReadName(IReadOnlyList<Token> tokens, ref int j, bool sentenceStart, out TextSpan surnameSpan, out string? suffix)
    {
        List<string>? words = null;
        var start = j;
        surnameSpan = default;
        suffix = null;
        while (j < tokens.Count)
        {
            var token = tokens[j];
            // Jr, Sr, II: a suffix ends the name and tells two people apart (Donald Trump Jr.).
            if (words is not null && Lexicons.NameSuffixes.Contains(token))
            {
                suffix = token.Text;
                j = SkipDot(tokens, j);
                break;
            }
            if (words is not null && token.Text == "," && j + 1 < tokens.Count && Lexicons.NameSuffixes.Contains(tokens[j + 1]))
            {
                suffix = tokens[j + 1].Text;
                j = SkipDot(tokens, j + 1);
                break;
            }
            if (IsNameWord(tokens, j, sentenceStart && j == start, allowJurisdiction: words is not null))
            {
                words ??= [];
                var word = StripPossessive(token.Text);
                // An initial keeps its dot: George W. Bush.
                if (word.Length == 1 && j + 1 < tokens.Count && tokens[j + 1].Text == "." && tokens[j + 1].Span.Start == token.Span.End)
                {
                    words.Add(word + ".");
                    j += 2;
                    continue;
                }
                words.Add(word);
                surnameSpan = new TextSpan(token.Span.Start, token.Span.Start + word.Length);
                j++;
                if (word.Length != token.Text.Length)
                {
                    break; // a possessive ends the name
                }
                continue;
            }
            if (words is not null && Lexicons.NameParticles.Contains(token) && j + 1 < tokens.Count && IsNameWord(tokens, j + 1, false, allowJurisdiction: true))
            {
                words.Add(token.Text);
                j++;
                continue;
            }
            break;
        }
        // A name that ends in an initial ends at its last full word (the initial is not a surname).
        if (words is null)
        {
            return null;
        }
        while (words.Count > 1 && words[^1].EndsWith('.'))
        {
            words.RemoveAt(words.Count - 1);
            j -= 2;
            suffix = null;
        }
        // A single initial is no name.
        if (words.Count == 1 && words[0].EndsWith('.'))
        {
            j = start;
            suffix = null;
            return null;
        }
        return words;
    }

    /// <summary>The end (token index) of the last name word before a suffix.</summary>
    private static int LastNameWordEnd(IReadOnlyList<Token> tokens, int start, int end)
    {
        var k = end;
        while (k > start && (tokens[k - 1].Text is "." or "," || Lexicons.NameSuffixes.Contains(tokens[k - 1])))
        {
            k--;
        }
        return k;
    }

    private bool IsNameWord(IReadOnlyList<Token> tokens, int j, bool sentenceStart, bool allowJurisdiction = false)
    {
        var token = tokens[j];
        if (!token.IsWord || !char.IsUpper(token.Text[0]))
        {
            return false;
        }
        var word = StripPossessive(token.Text);
        if (word.Length >= 2 && IsAcronym(word))
        {
            return false; // an acronym: APP, PTI, NATO
        }
        var apostrophe = word.AsSpan().IndexOfAny('\'', '’');
        if (apostrophe >= 0 && Lexicons.ContractionEndings.Contains(word.AsSpan(apostrophe + 1)))
        {
            return false; // a contraction: We've, They're
        }
        if (HasDigit(word) || HasLowerCaseOrEmptyPart(word))
        {
            return false; // a model number (MI-17) or a compound adjective (Russian-made)
        }
        // A jurisdiction's name can be a surname (Jim Jordan, George Washington), never a first name.
        // A word that is the token's whole text is tested by its word lists where they tell (a stop word; no modifier
        // nor, for the built-in finder, an office starts with it) before its text is looked up.
        var whole = word.Length == token.Text.Length;
        var mayStartTitle = !whole || word.EndsWith('.') || (token.Classes & Lexicons.TitleStarts.Mask) != UInt128.Zero;
        if ((whole ? Lexicons.NameStopWords.Contains(token) : Lexicons.NameStopWords.Contains(word))
            || mayStartTitle && ModifierWords.ContainsKey(word)
            || !allowJurisdiction && (_jurisdictions.Find(word) is not null || _jurisdictionWords.Contains(word))
            || (mayStartTitle || !ReferenceEquals(this, Default)) && FormStarts(word) && MatchOffice(tokens, j, "", out _, out _, out _) > j)
        {
            return false;
        }
        if (allowJurisdiction && _jurisdictions.Find(word) is not null && (j + 1 < tokens.Count && FormStarts(tokens[j + 1].Text) && TryTitleAt(tokens, j + 1)))
        {
            return false; // "… Indiana Gov." is the next title's jurisdiction
        }
        // "Speaking", "Currently", "Asked" open a sentence; Reed, Ted and Ahmed are names.
        if (sentenceStart && word.Length > 5 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)))
        {
            return false;
        }
        return word.Length > 1 || (j + 1 < tokens.Count && tokens[j + 1].Text == ".");
    }

    /// <summary>
    /// "Gov. Mike Pence of Indiana", "Sen. Ted Cruz (R-Texas)": a jurisdiction or party-state tag after the name
    /// completes the titles before it that have none.
    /// </summary>
    private void ReadJurisdictionAfterName(IReadOnlyList<Token> tokens, ref int next, List<TitleMention> titles)
    {
        if (titles.Count == 0 || next >= tokens.Count)
        {
            return;
        }
        var j = next;
        if (tokens[j].Is("of"))
        {
            var k = j + 1;
            if (k < tokens.Count && tokens[k].Is("the"))
            {
                k++;
            }
            var end = MatchJurisdiction(tokens, k, out var id);
            var kind = _jurisdictions.Get(id)?.Kind;
            if (end > k && kind is JurisdictionKind.State or JurisdictionKind.Country && (end >= tokens.Count || !tokens[end].IsCapitalized))
            {
                for (var t = 0; t < titles.Count; t++)
                {
                    var title = titles[t];
                    if (title.Jurisdiction is null && (title.Office.Level == OfficeLevel.State || title.Office.Level == OfficeLevel.Country && kind == JurisdictionKind.Country))
                    {
                        titles[t] = title with { Jurisdiction = id };
                    }
                }
                next = end;
            }
            return;
        }
        if (tokens[j].Text != "(")
        {
            return;
        }
        var close = j + 1;
        while (close < tokens.Count && close - j <= 6 && tokens[close].Text != ")")
        {
            close++;
        }
        if (close >= tokens.Count || tokens[close].Text != ")")
        {
            return;
        }
        var inside = string.Concat(tokens.Skip(j + 1).Take(close - j - 1).Select(t => t.Text));
        var dash = inside.AsSpan().IndexOfAny('-', '–', '‑');
        if (dash != 1 || inside[0] is not ('R' or 'D' or 'I'))
        {
            return;
        }
        var state = _jurisdictions.FindState(inside[(dash + 1)..].Trim().TrimEnd('.')) ?? _jurisdictions.FindState(inside[(dash + 1)..].Trim());
        var party = inside[0] switch
        {
            'R' => _jurisdictions.Find("Republican"),
            'D' => _jurisdictions.Find("Democratic"),
            _ => null,
        };
        for (var t = 0; t < titles.Count; t++)
        {
            var title = titles[t];
            if (title.Office.Level == OfficeLevel.State && state is not null && (title.Jurisdiction is null || _jurisdictions.Contains(title.Jurisdiction, state)))
            {
                title = title with { Jurisdiction = state };
            }
            titles[t] = title with { Party = title.Party ?? party };
        }
        next = close + 1;
    }

    /// <summary>", the Russian president" or ", Chairman of Defence and Security Committee" after a name.</summary>
    private TitleMention? ReadAppositiveTitle(IReadOnlyList<Token> tokens, int j, ref int next)
    {
        if (j >= tokens.Count)
        {
            return null;
        }
        var k = j;
        if (tokens[k].Text == ",")
        {
            k++;
            if (k < tokens.Count && Lexicons.Articles.Contains(tokens[k]))
            {
                k++;
            }
            var title = TryTitle(tokens, k, licensed: true, out var after, out _);
            // An appositive ends at punctuation or a linking word; a verb after it makes the title a new subject
            // ("Against Clinton, the Ohio governor earned 51 percent").
            if (title is not null && (after >= tokens.Count || tokens[after].Text is "," or "." or ";" or ":" or ")" or "—" or "–" or "-" || Lexicons.AppositiveEnds.Contains(tokens[after]) || Lexicons.CueWords.Contains(tokens[after])))
            {
                next = after;
                return title;
            }
        }
        return null;
    }

    private static bool IsAcronym(string word)
    {
        foreach (var c in word)
        {
            if (!(char.IsUpper(c) || c == '.' || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A hyphenated part that is empty or starts in lower case, other than a name particle (Russian-made; not al-Assad).</summary>
    private static bool HasLowerCaseOrEmptyPart(string word)
    {
        foreach (var range in word.AsSpan().Split('-'))
        {
            var part = word.AsSpan(range);
            if (part.Length == 0 || !char.IsUpper(part[0]) && !Lexicons.NameParticles.Contains(part))
            {
                return true;
            }
        }
        return false;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith("s’", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>True when <see cref="StripPossessive"/> would cut something off.</summary>
    internal static bool HasPossessiveEnding(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal);

    private static int NameEnd(Token last) =>
        last.Text.EndsWith("’s", StringComparison.Ordinal) || last.Text.EndsWith("'s", StringComparison.Ordinal) ? last.Span.End - 2 : last.Span.End;
}
