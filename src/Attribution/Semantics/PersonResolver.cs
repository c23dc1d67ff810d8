using System.Runtime.InteropServices;
using Attribution.Lexicon;
using Attribution.Syntax;
using Attribution.Text;
using FuzzySharp;

namespace Attribution.Semantics;

/// <summary>
/// Clusters name mentions into people, in three passes that each look only at a bucket of mentions (one
/// surname, one first name, one spelling neighbourhood), so the work stays linear in the article's length:
/// <list type="number">
/// <item>Full names: the same surname and suffix, first names that agree (equal, an initial, a short form:
/// Joe and Joseph) and middle names that do not differ (George W. and George H. W. Bush are two people).
/// Two full names that disagree are never merged.</item>
/// <item>A single name: a surname goes to the person of that surname the context points at (the one a
/// courtesy title does not rule out: "Mr." is not Michelle Obama; the one with the same title; the one named
/// in this sentence or the one before; else the one the article names most), and to no one when a titled
/// surname could be either of two people named close by; a first name alone (Hillary, Jeb) goes to the
/// person with that first name.</item>
/// <item>Misspellings: a rare spelling one edit (or one swap of neighbouring letters) from a frequent surname
/// is the same person when nothing says otherwise: no other first name, no other title, not a plural, not a
/// word the article also writes in lower case.</item>
/// </list>
/// Before that, capitalised common words before a name ("Though Sanders", "Stop Trump") are dropped, and a
/// title-case headline keeps only the names the article knows.
/// </summary>
public sealed class PersonResolver
{
    /// <summary>FuzzySharp ratio from which two surnames with the same first name are one person's.</summary>
    public const int SpellingVariantRatio = 80;

    private static readonly Dictionary<string, HashSet<string>> FullFormsOfShort = LoadGivenNames();

    /// <summary>Every full form of <see cref="FullFormsOfShort"/> in one set, so a word is looked up once instead of in each short form's set.</summary>
    private static readonly HashSet<string> FullForms = new(FullFormsOfShort.Values.SelectMany(set => set), StringComparer.OrdinalIgnoreCase);

    private readonly SyntaxTree _syntax;
    private readonly ISet<int> _speakerMentions;
    private readonly List<Person> _people = [];
    private readonly Dictionary<int, Person> _byMention;
    private readonly Dictionary<string, List<Person>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Person>> _byGivenName = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>What is known of each person, by <see cref="Person.Id"/> (their place in <see cref="_people"/>).</summary>
    private readonly List<PersonFacts> _facts = [];
    private readonly HashSet<int> _titleCaseSentences = [];
    private List<Mention> _mentions = [];

    /// <summary>Each mention's <see cref="ReadGiven"/> words by <see cref="Mention.Index"/>: read once, asked for in every pass.</summary>
    private string[][] _given = [];

    // Scratch lists for the candidates of one single name: Choose runs once per mention and keeps none of them.
    private readonly List<Person> _candidates = [];
    private readonly List<Person> _compatible = [];
    private readonly List<Person> _local = [];

    private PersonResolver(SyntaxTree syntax, ISet<int> speakerMentions)
    {
        _syntax = syntax;
        _speakerMentions = speakerMentions;
        _byMention = new Dictionary<int, Person>(syntax.Mentions.Count);
    }

    public static (IReadOnlyList<Person> People, IReadOnlyDictionary<int, Person> ByMention) Resolve(SyntaxTree syntax, ISet<int> speakerMentions) =>
        new PersonResolver(syntax, speakerMentions).Run();

    private (IReadOnlyList<Person>, IReadOnlyDictionary<int, Person>) Run()
    {
        ReadVocabulary();
        _mentions = NormaliseMentions();
        _given = new string[_syntax.Mentions.Count][];
        foreach (var mention in _mentions)
        {
            _given[mention.Index] = ReadGiven(mention);
        }
        ResolveFullNames();
        var leftovers = ResolveSingleNames();
        MergeSpellingVariants(leftovers);
        _people.RemoveAll(p => p.Mentions.Count == 0);
        var people = new List<Person>(_people.Count);
        foreach (var person in _people)
        {
            person.Complete();
            if (IsTitledOrSpeaker(person))
            {
                person.Confirm();
            }
            people.Add(person);
        }
        return (people, _byMention);
    }

    /// <summary>
    /// Finds the article's title-case lines: nearly every word capitalised, common words among them ("Democrat Voters
    /// Worried About Hillary Clinton's Health"); a capitalised "Stop" or "Though" is a common word when the article
    /// writes it in lower case too (<see cref="SyntaxTree.WordCases"/>).
    /// </summary>
    private void ReadVocabulary()
    {
        for (var s = 0; s < _syntax.Tokens.Count; s++)
        {
            var words = 0;
            var capitals = 0;
            var common = 0;
            var tokens = _syntax.Tokens[s];
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (!token.IsWord || !char.IsLetter(token.Text[0]))
                {
                    continue;
                }
                words++;
                if (token.IsCapitalized)
                {
                    capitals++;
                    common += t > 0 && (Lexicons.HeadlineWords.Contains(token) || IsCommonWordInLowerCase(token.LowerCaseText)) ? 1 : 0;
                }
            }
            if (words >= 3 && capitals * 5 >= words * 4 && common >= 2)
            {
                _titleCaseSentences.Add(s);
            }
        }
    }

    /// <summary>
    /// The name mentions to cluster. In a title-case line (a headline: "Bernie Sanders Promises Action") every
    /// word is capitalised, so a name there is only the part the rest of the article knows as a name, or one
    /// letter off it; a run with no such part is not a name at all ("Texas Gov. Hears About …").
    /// </summary>
    private List<Mention> NormaliseMentions()
    {
        if (_titleCaseSentences.Count == 0)
        {
            // No headline in title case: only the capitalised common words before first names are dropped.
            var mentions = new List<Mention>(_syntax.Mentions.Count);
            foreach (var mention in _syntax.Mentions)
            {
                if (mention.Kind == MentionKind.Name)
                {
                    mentions.Add(WithoutCommonWordsBefore(mention));
                }
            }
            return mentions;
        }
        // The surnames outside title-case lines, in lower case, with how often each is written; the first words of full names.
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        var givenWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in _syntax.Mentions)
        {
            if (mention.Kind == MentionKind.Name && !_titleCaseSentences.Contains(mention.Sentence))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(surnames, mention.Surname!.ToLowerInvariant(), out _)++;
                if (mention.NameWords.Count >= 2)
                {
                    givenWords.Add(mention.NameWords[0]);
                }
            }
        }
        // A headline word one letter off a name stands for that name only when the article treats it as a person's
        // (named in full, with a title, a courtesy title, or as a speaker): "Plant" is not "Clean Power Plan".
        var personSurnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in _syntax.Mentions)
        {
            if (mention.Kind == MentionKind.Name && !_titleCaseSentences.Contains(mention.Sentence)
                && (HasGiven(mention) || mention.Titles.Count > 0 || mention.HasHonorific || _speakerMentions.Contains(mention.Index))
                && surnames[mention.Surname!.ToLowerInvariant()] >= 2)
            {
                personSurnames.Add(mention.Surname!.ToLowerInvariant());
            }
        }
        var result = new List<Mention>(_syntax.Mentions.Count);
        foreach (var mention in _syntax.Mentions)
        {
            if (mention.Kind != MentionKind.Name)
            {
                continue;
            }
            if (!_titleCaseSentences.Contains(mention.Sentence))
            {
                result.Add(WithoutCommonWordsBefore(mention));
                continue;
            }
            for (var k = mention.NameWords.Count - 1; k >= 0; k--)
            {
                var word = mention.NameWords[k];
                if (word.EndsWith('.') || !(surnames.ContainsKey(word.ToLowerInvariant()) || IsOneEditOrSwapFromAny(word, personSurnames)))
                {
                    continue;
                }
                var at = IndexOfWord(_syntax.Text, word, mention.NameSpan);
                if (at < 0)
                {
                    break;
                }
                var words = k >= 1 && givenWords.Contains(mention.NameWords[k - 1]) ? new[] { mention.NameWords[k - 1], word } : [word];
                result.Add(mention with { NameWords = words, SurnameSpan = new TextSpan(at, at + word.Length) });
                break;
            }
        }
        return result;
    }

    private static bool IsOneEditOrSwapFromAny(string word, HashSet<string> surnames)
    {
        foreach (var surname in surnames)
        {
            if (EditDistance.IsOneEditOrSwap(surname, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The mention without the capitalised common words before its first name ("Though Sanders").</summary>
    private Mention WithoutCommonWordsBefore(Mention mention) =>
        mention.NameWords.Count <= 1 || GivenStart(mention) == 0 ? mention : mention with { NameWords = [.. ReadGiven(mention), mention.Surname!] };

    private static int IndexOfWord(string text, string word, TextSpan within)
    {
        var at = within.Start;
        while ((at = text.IndexOf(word, at, within.End - at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
            at = end;
        }
        return -1;
    }

    /// <summary>The words before the surname, without capitalised common words before the first name: read once by <see cref="Run"/>.</summary>
    private string[] Given(Mention mention) => _given[mention.Index];

    private bool HasGiven(Mention mention) => GivenStart(mention) < mention.NameWords.Count - 1;

    /// <summary>Where the first name starts: after the capitalised common words before it ("Though", "Stop").</summary>
    private int GivenStart(Mention mention)
    {
        var count = mention.NameWords.Count - 1;
        var start = 0;
        while (start < count && IsCommonWord(mention.NameWords[start]) && !IsKnownGivenName(mention.NameWords[start]))
        {
            start++;
        }
        return start;
    }

    /// <summary>The words before the surname from <see cref="GivenStart"/> on.</summary>
    private string[] ReadGiven(Mention mention)
    {
        var count = mention.NameWords.Count - 1;
        var start = GivenStart(mention);
        if (start >= count)
        {
            return [];
        }
        var given = new string[count - start];
        for (var k = 0; k < given.Length; k++)
        {
            given[k] = mention.NameWords[start + k];
        }
        return given;
    }

    /// <summary>A word the article writes in lower case at least half as often as with a capital: "well", "stop" (not "clinton.com").</summary>
    private bool IsCommonWord(string word) => IsCommon(_syntax.WordCases.Of(word));

    private bool IsCommonWordInLowerCase(string lowerCase) => IsCommon(_syntax.WordCases.OfLowerCase(lowerCase));

    private static bool IsCommon(WordCases.Counts cases) => cases.Lower > 0 && cases.Lower * 2 >= cases.Capitalised;

    private static bool IsKnownGivenName(string word) =>
        FullFormsOfShort.ContainsKey(word) || FullForms.Contains(word);

    /// <summary>Pass 1: full names, bucketed by surname and suffix.</summary>
    private void ResolveFullNames()
    {
        foreach (var mention in _mentions)
        {
            var given = Given(mention);
            if (given.Length == 0)
            {
                continue;
            }
            Person? person = null;
            if (_bySurname.TryGetValue(mention.Surname!, out var sameSurname))
            {
                foreach (var candidate in sameSurname)
                {
                    var facts = _facts[candidate.Id];
                    if (facts.Suffix == mention.Suffix && AnyFormAgrees(facts.GivenForms, given))
                    {
                        person = candidate;
                        break;
                    }
                }
            }
            person ??= NewPerson(mention.Surname!, mention.Suffix);
            var personFacts = _facts[person.Id];
            if (!HasForm(personFacts.GivenForms, given))
            {
                personFacts.GivenForms.Add(given);
                Index(_byGivenName, given[0], person);
            }
            Assign(mention, person, explicitName: true);
        }
    }

    // FullNamesAgree looks first for a word before the first name on its first side, so each caller keeps its order.
    private static bool AnyFormAgrees(List<string[]> forms, string[] given)
    {
        foreach (var form in forms)
        {
            if (FullNamesAgree(form, given))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AgreesWithAnyForm(string[] given, List<string[]> forms)
    {
        foreach (var form in forms)
        {
            if (FullNamesAgree(given, form))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasForm(List<string[]> forms, string[] given)
    {
        foreach (var form in forms)
        {
            if (form.AsSpan().SequenceEqual(given, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Pass 2: a surname or a first name alone. Returns the single names that went to no one.</summary>
    private List<Mention> ResolveSingleNames()
    {
        var leftovers = new List<Mention>();
        // Mentions with a courtesy title go first: "Mr. Obama" tells a man from Michelle Obama, and then a plain
        // "Obama" can go to whichever of them the article names most.
        var singles = new List<Mention>();
        foreach (var mention in _mentions)
        {
            if (Given(mention).Length == 0)
            {
                singles.Add(mention);
            }
        }
        // In text order otherwise; the mentions are numbered in text order, which keeps equal starts as they were.
        singles.Sort(static (a, b) =>
            a.HasHonorific != b.HasHonorific ? (a.HasHonorific ? -1 : 1)
            : a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Index.CompareTo(b.Index));
        foreach (var mention in singles)
        {
            var word = mention.Surname!;
            var candidates = SameSurname(mention);
            Person? person;
            if (candidates.Count > 0)
            {
                person = Choose(candidates, mention);
            }
            else
            {
                // A first name alone: Hillary, Jeb, Bernie.
                var byGiven = mention.Suffix is null && mention.Titles.Count == 0 ? _byGivenName.GetValueOrDefault(word) : null;
                person = byGiven is { Count: > 0 } ? Nearest(byGiven, mention, out _) : null;
                if (person is not null)
                {
                    Assign(mention, person, explicitName: false);
                    AddOnce(_facts[person.Id].ExplicitSentences, mention.Sentence);
                    person.MarkFirstName(mention);
                    continue;
                }
                if (mention.IsPersonLike || _speakerMentions.Contains(mention.Index))
                {
                    person = NewPerson(word, mention.Suffix);
                }
            }
            if (person is null)
            {
                leftovers.Add(mention);
                continue;
            }
            Assign(mention, person, explicitName: false);
        }
        // A surname that went to no one before the text first treated it as a person's ("the Pataki campaign" …
        // "Pataki said"): now it has someone to go to.
        var remaining = new List<Mention>();
        foreach (var mention in leftovers)
        {
            var candidates = SameSurname(mention);
            var person = candidates.Count > 0 ? Choose(candidates, mention) : null;
            if (person is null)
            {
                remaining.Add(mention);
            }
            else
            {
                Assign(mention, person, explicitName: false);
            }
        }
        return remaining;
    }

    /// <summary>The people with the mention's surname and suffix, in a scratch list that the next call reuses.</summary>
    private List<Person> SameSurname(Mention mention)
    {
        _candidates.Clear();
        if (_bySurname.TryGetValue(mention.Surname!, out var sameSurname))
        {
            foreach (var person in sameSurname)
            {
                if (_facts[person.Id].Suffix == mention.Suffix)
                {
                    _candidates.Add(person);
                }
            }
        }
        return _candidates;
    }

    /// <summary>
    /// The candidate a surname alone points at: one that the mention's courtesy title or gendered title does
    /// not rule out; the one with the mention's office; the one named in this sentence or the one before; else
    /// the one the article names most. Null when a titled surname could be either of two people named close by.
    /// </summary>
    private Person? Choose(List<Person> candidates, Mention mention)
    {
        var gender = GenderOf(mention);
        if (gender is not null)
        {
            var compatible = _compatible;
            compatible.Clear();
            foreach (var person in candidates)
            {
                if (_facts[person.Id].Gender is null || _facts[person.Id].Gender == gender)
                {
                    compatible.Add(person);
                }
            }
            if (compatible.Count == 0)
            {
                // "Mr. Obama" where the only Obama named in full is Michelle Obama: another member of the family.
                return Family(mention, gender);
            }
            candidates = compatible;
        }
        var titled = HasOffice(mention);
        if (candidates.Count == 1)
        {
            // One person of that surname named in full: a different title is the text contradicting itself,
            // which is what ATTR001 is for, not a sign of another person.
            return candidates[0];
        }
        if (titled)
        {
            Person? withOffice = null;
            var holders = 0;
            foreach (var person in candidates)
            {
                if (HoldsOfficeOf(person, mention))
                {
                    withOffice = person;
                    holders++;
                }
            }
            if (holders == 1)
            {
                return withOffice;
            }
        }
        // Named in full in this sentence or the one before: the context points at them.
        var local = _local;
        local.Clear();
        foreach (var person in candidates)
        {
            var sentences = _facts[person.Id].ExplicitSentences;
            if (sentences.Contains(mention.Sentence) || sentences.Contains(mention.Sentence - 1))
            {
                local.Add(person);
            }
        }
        if (local.Count == 1)
        {
            return local[0];
        }
        if (local.Count > 1)
        {
            // A titled surname that could be either of two people named close by goes to no one: a wrong guess
            // would give one of them the other's title.
            return titled ? null : Nearest(local, mention, out _);
        }
        // Else the one the article is about: named most often so far, then first.
        var most = candidates[0];
        foreach (var person in candidates)
        {
            if (person.Mentions.Count > most.Mentions.Count || person.Mentions.Count == most.Mentions.Count && FirstStart(person) < FirstStart(most))
            {
                most = person;
            }
        }
        return most;
    }

    /// <summary>Where the person is first mentioned so far.</summary>
    private int FirstStart(Person person) => _facts[person.Id].MentionStarts is { Count: > 0 } starts ? starts[0] : 0;

    /// <summary>The mention has a title of office, not a rank alone.</summary>
    private static bool HasOffice(Mention mention)
    {
        for (var t = 0; t < mention.Titles.Count; t++)
        {
            if (!mention.Titles[t].Office.IsRank)
            {
                return true;
            }
        }
        return false;
    }

    private bool HoldsOfficeOf(Person person, Mention mention) => HoldsOfficeOf(_facts[person.Id].Offices, mention);

    /// <summary>One of the mentions has an office (not a rank) among the offices.</summary>
    private static bool AnyHasOffice(ArraySegment<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (HasOffice(mention))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyHoldsOfficeOf(ArraySegment<Mention> mentions, List<string> offices)
    {
        foreach (var mention in mentions)
        {
            if (HoldsOfficeOf(offices, mention))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HoldsOfficeOf(List<string> offices, Mention mention)
    {
        for (var t = 0; t < mention.Titles.Count; t++)
        {
            var title = mention.Titles[t];
            if (!title.Office.IsRank && offices.Contains(title.Office.Id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A person named by surname only, other than the full names of that surname.</summary>
    private Person Family(Mention mention, Gender? gender)
    {
        foreach (var person in _bySurname[mention.Surname!])
        {
            var facts = _facts[person.Id];
            if (facts.GivenForms.Count == 0 && facts.Suffix == mention.Suffix && (gender is null || facts.Gender is null || facts.Gender == gender))
            {
                return person;
            }
        }
        return NewPerson(mention.Surname!, mention.Suffix);
    }

    /// <summary>What a mention says of the person's sex: a courtesy title (Mr., Mrs.) or a gendered title (Congresswoman, First Lady).</summary>
    private Gender? GenderOf(Mention mention)
    {
        if (mention.HasHonorific)
        {
            var before = _syntax.Text.AsSpan(mention.Span.Start, mention.NameSpan.Start - mention.Span.Start);
            foreach (var range in before.SplitAny(" .\n\u00A0"))
            {
                switch (before[range])
                {
                    case "Mr":
                        return Gender.Male;
                    case "Mrs" or "Ms" or "Miss":
                        return Gender.Female;
                }
            }
        }
        for (var t = 0; t < mention.Titles.Count; t++)
        {
            var title = mention.Titles[t];
            if (title.Office.Id is "first-lady" or "queen" || title.Form.EndsWith("woman", StringComparison.OrdinalIgnoreCase))
            {
                return Gender.Female;
            }
            if (title.Office.Id is "king" || title.Form is "Congressman" or "Assemblyman" or "Councilman")
            {
                return Gender.Male;
            }
        }
        return null;
    }

    /// <summary>Pass 3: a rare spelling of a frequent surname is the same person's, when nothing says it is someone else.</summary>
    private void MergeSpellingVariants(List<Mention> leftovers)
    {
        // Every unit's mentions in one array: a mention is one person's or a leftover, never both.
        var mentionCount = leftovers.Count;
        foreach (var person in _people)
        {
            mentionCount += person.Mentions.Count;
        }
        var unitMentions = new Mention[mentionCount];
        var used = 0;
        var units = new List<SpellingUnit>(_people.Count + leftovers.Count);
        foreach (var person in _people)
        {
            AddSpellingUnits(units, person.Mentions, person, unitMentions, ref used);
        }
        AddSpellingUnits(units, leftovers, null, unitMentions, ref used);
        // A variant needs a spelling written more often than itself: one written as often as the most frequent indexed
        // spelling or more has none, and its keys are not made.
        var mostIndexed = 0;
        var keyCount = 0;
        foreach (var unit in units)
        {
            if (IsIndexed(unit))
            {
                mostIndexed = Math.Max(mostIndexed, unit.Mentions.Count);
                keyCount += unit.Spelling.Length + 1;
            }
        }
        if (mostIndexed == 0)
        {
            return;
        }
        // Frequent spellings, indexed by the spelling with each letter left out (and as it is). The keys are made on
        // the stack and looked up as spans.
        var index = new DeletionKeyIndex<SpellingUnit>(keyCount);
        Span<char> lowerBuffer = stackalloc char[64];
        Span<char> keyBuffer = stackalloc char[64];
        foreach (var unit in units)
        {
            if (!IsIndexed(unit))
            {
                continue;
            }
            var length = unit.Spelling.Length;
            var lower = length <= lowerBuffer.Length ? lowerBuffer[..length] : new char[length];
            var key = length <= keyBuffer.Length ? keyBuffer : new char[length];
            unit.Spelling.AsSpan().ToLowerInvariant(lower);
            for (var left = -1; left < length; left++)
            {
                index.Add(DeletionKeyIndex<SpellingUnit>.Key(lower, left, key), unit);
            }
        }
        // Rarest first, then in text order; units written as often and first at the same place keep their order.
        units.Sort(static (a, b) =>
            a.Mentions.Count != b.Mentions.Count ? a.Mentions.Count.CompareTo(b.Mentions.Count)
            : a.Mentions[0].Span.Start != b.Mentions[0].Span.Start ? a.Mentions[0].Span.Start.CompareTo(b.Mentions[0].Span.Start)
            : a.Order.CompareTo(b.Order));
        foreach (var variant in units)
        {
            if (variant.Spelling.Length < 3 || variant.MergedInto is not null || variant.Mentions.Count >= mostIndexed)
            {
                continue;
            }
            SpellingUnit? major = null;
            var length = variant.Spelling.Length;
            var lower = length <= lowerBuffer.Length ? lowerBuffer[..length] : new char[length];
            var key = length <= keyBuffer.Length ? keyBuffer : new char[length];
            variant.Spelling.AsSpan().ToLowerInvariant(lower);
            for (var left = -1; left < length; left++)
            {
                for (var link = index.First(DeletionKeyIndex<SpellingUnit>.Key(lower, left, key)); link >= 0; link = index.Next(link))
                {
                    var candidate = index.ItemAt(link);
                    if (candidate != variant && candidate.MergedInto is null && candidate.Mentions.Count > variant.Mentions.Count
                        && (major is null || candidate.Mentions.Count > major.Mentions.Count) && IsVariantOf(variant, candidate))
                    {
                        major = candidate;
                    }
                }
            }
            if (major is null)
            {
                continue;
            }
            var target = major.Person ?? Adopt(major);
            foreach (var mention in variant.Mentions)
            {
                if (variant.Person is { } previous && previous != target)
                {
                    previous.Remove(mention);
                }
                Assign(mention, target, explicitName: false);
            }
            variant.MergedInto = major;
        }
    }

    private static bool IsIndexed(SpellingUnit unit) => unit.Mentions.Count >= 2 && unit.Spelling.Length >= 4;

    /// <summary>
    /// Adds a unit for each surname spelling among the mentions, in the order the spellings first appear, each
    /// with its mentions in their order, copied into <paramref name="unitMentions"/> from <paramref name="used"/> on.
    /// A person's spellings are their surname mentions' (O'Neill and O’Neill are one); a leftover's is its surname.
    /// </summary>
    private void AddSpellingUnits(List<SpellingUnit> units, IReadOnlyList<Mention> mentions, Person? person, Mention[] unitMentions, ref int used)
    {
        var first = units.Count;
        for (var k = 0; k < mentions.Count; k++)
        {
            var spelling = SpellingOf(mentions[k], person);
            if (spelling is null || HasSpelling(units, first, spelling))
            {
                continue;
            }
            var start = used;
            for (var j = k; j < mentions.Count; j++)
            {
                if (SpellingOf(mentions[j], person) == spelling)
                {
                    unitMentions[used++] = mentions[j];
                }
            }
            var facts = person is null ? null : _facts[person.Id];
            units.Add(new SpellingUnit(spelling, new ArraySegment<Mention>(unitMentions, start, used - start), person, facts, units.Count));
        }
    }

    private static string? SpellingOf(Mention mention, Person? person) =>
        person is null ? mention.Surname : person.GivesSurname(mention) ? Person.SpellingKey(mention.Surname!) : null;

    private static bool HasSpelling(List<SpellingUnit> units, int first, string spelling)
    {
        for (var u = first; u < units.Count; u++)
        {
            if (units[u].Spelling == spelling)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsVariantOf(SpellingUnit variant, SpellingUnit major)
    {
        var (v, s) = (variant.Spelling, major.Spelling);
        if (string.Equals(v, s, StringComparison.OrdinalIgnoreCase) || char.ToUpperInvariant(v[0]) != char.ToUpperInvariant(s[0]) || IsPluralOf(v, s) || IsPluralOf(s, v))
        {
            return false;
        }
        // A word the article also writes in lower case is a common word with a capital (Well, Politics), not a name.
        if (IsCommonWord(v) || IsCommonWord(s))
        {
            return false;
        }
        var variantHasGiven = false;
        var sameGivenName = false;
        var majorGiven = major.Facts?.GivenForms;
        foreach (var mention in variant.Mentions)
        {
            var given = Given(mention);
            if (given.Length == 0)
            {
                continue;
            }
            variantHasGiven = true;
            if (majorGiven is not null && AgreesWithAnyForm(given, majorGiven))
            {
                sameGivenName = true;
                break;
            }
        }
        var close = EditDistance.IsOneEditOrSwap(v, s)
            || sameGivenName && v.Length >= 4 && Fuzz.Ratio(v.ToLowerInvariant(), s.ToLowerInvariant()) >= SpellingVariantRatio;
        if (!close)
        {
            return false;
        }
        // Clinton and Clifton are two people when each has a first name of their own.
        if (variantHasGiven && majorGiven is { Count: > 0 } && !sameGivenName)
        {
            return false;
        }
        // Mayor Clifton is not Senator Clinton: a title of the variant's own must be one the person has.
        if (!sameGivenName && major.Facts is { Offices.Count: > 0 } majorFacts && AnyHasOffice(variant.Mentions) && !AnyHoldsOfficeOf(variant.Mentions, majorFacts.Offices))
        {
            return false;
        }
        if (variant.Facts is not null && major.Facts is not null && variant.Facts.Suffix != major.Facts.Suffix || variant.Person is not null && variant.Person == major.Person)
        {
            return false;
        }
        // A word that went to no one ("the Trmup campaign") is a misspelling only of someone the text treats as a
        // person for certain (a title, a courtesy title, a speaker); else one of the two must at least be named in full.
        return variant.Person is null ? IsConfirmedPerson(major) : IsNamedPerson(variant) || IsNamedPerson(major);
    }

    /// <summary>
    /// A title, a courtesy title or a speaker; or the way news refers to a person: named in full, then by
    /// surname alone (places and organisations keep their full name: Sandy Hook, Fort Hood).
    /// </summary>
    private bool IsConfirmedPerson(SpellingUnit unit) =>
        unit.Person is { } person && (IsTitledOrSpeaker(person) || IsNamedInFullThenBySurname(person));

    private bool IsNamedPerson(SpellingUnit unit) =>
        unit.Person is { } person && (IsTitledOrSpeaker(person) || IsNamedInFull(person));

    /// <summary>A mention of the person has a title or a courtesy title, or speaks.</summary>
    private bool IsTitledOrSpeaker(Person person)
    {
        var mentions = person.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Titles.Count > 0 || mentions[k].HasHonorific || _speakerMentions.Contains(mentions[k].Index))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNamedInFull(Person person)
    {
        var mentions = person.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].NameWords.Count >= 2)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNamedInFullThenBySurname(Person person)
    {
        if (!IsNamedInFull(person))
        {
            return false;
        }
        var mentions = person.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].NameWords.Count == 1 && person.GivesSurname(mentions[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPluralOf(string plural, string singular) =>
        plural.Length > singular.Length && plural.StartsWith(singular, StringComparison.OrdinalIgnoreCase) && plural[singular.Length..].ToLowerInvariant() is "s" or "es";

    private Person Adopt(SpellingUnit unit)
    {
        var person = NewPerson(unit.Spelling, null);
        foreach (var mention in unit.Mentions)
        {
            Assign(mention, person, explicitName: false);
        }
        unit.Adopted = person;
        return person;
    }

    private Person NewPerson(string surname, string? suffix)
    {
        var person = new Person(_people.Count);
        _people.Add(person);
        _facts.Add(new PersonFacts(suffix));
        Index(_bySurname, surname, person);
        return person;
    }

    private void Assign(Mention mention, Person person, bool explicitName)
    {
        person.Add(mention);
        _byMention[mention.Index] = person;
        var facts = _facts[person.Id];
        facts.AddMentionStart(mention.Span.Start);
        if (explicitName)
        {
            AddOnce(facts.ExplicitSentences, mention.Sentence);
            facts.Gender ??= GenderOf(mention);
        }
        for (var t = 0; t < mention.Titles.Count; t++)
        {
            AddOnce(facts.Offices, mention.Titles[t].Office.Id);
        }
    }

    /// <summary>The candidate named nearest before the mention (or, with none before, soon after it); ambiguous when another is nearly as near.</summary>
    private Person? Nearest(List<Person> candidates, Mention mention, out bool ambiguous)
    {
        Person? best = null;
        var bestDistance = long.MaxValue;
        var secondDistance = long.MaxValue;
        foreach (var person in candidates)
        {
            var distance = DistanceTo(person, mention.Span.Start);
            if (distance < bestDistance)
            {
                secondDistance = bestDistance;
                bestDistance = distance;
                best = person;
            }
            else if (distance < secondDistance)
            {
                secondDistance = distance;
            }
        }
        ambiguous = candidates.Count > 1 && secondDistance < bestDistance * 2 + 200;
        return best;
    }

    /// <summary>Characters back to the person's nearest mention before the offset; a mention after it counts four times.</summary>
    private long DistanceTo(Person person, int offset)
    {
        var starts = _facts[person.Id].MentionStarts;
        var at = starts.BinarySearch(offset);
        var after = at >= 0 ? at + 1 : ~at;
        var atOrBefore = after - 1;
        var best = long.MaxValue;
        if (atOrBefore >= 0)
        {
            best = offset - starts[atOrBefore];
        }
        if (after < starts.Count)
        {
            best = Math.Min(best, (starts[after] - (long)offset) * 4);
        }
        return best;
    }

    /// <summary>Joe and Joseph agree; J. and Joseph agree; Jeb and George do not. Middle names must not differ.</summary>
    internal static bool FullNamesAgree(string[] a, string[] b)
    {
        if (GivenNamesAgree(a[0], b[0]))
        {
            return MiddlesAgree(a, 1, b, 1);
        }
        // A capitalised word before the name ("Telling Jeb Bush", "Wife Huma Abedin") is not a first name.
        if (a.Length >= 2 && !IsInitial(a[1]) && GivenNamesAgree(a[1], b[0]))
        {
            return MiddlesAgree(a, 2, b, 1);
        }
        return b.Length >= 2 && !IsInitial(b[1]) && GivenNamesAgree(a[0], b[1]) && MiddlesAgree(a, 1, b, 2);
    }

    /// <summary>The first middle names (from <paramref name="aMiddle"/> and <paramref name="bMiddle"/> on) agree, or one of the two has none.</summary>
    private static bool MiddlesAgree(string[] a, int aMiddle, string[] b, int bMiddle) =>
        a.Length <= aMiddle || b.Length <= bMiddle || GivenNamesAgree(a[aMiddle], b[bMiddle]);

    /// <summary>Equal names, an initial and a name with that first letter, or a short form and its full name (Joe, Joseph).</summary>
    internal static bool GivenNamesAgree(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (IsInitial(a) || IsInitial(b))
        {
            return char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]);
        }
        return FullFormsOfShort.TryGetValue(a, out var fullA) && (fullA.Contains(b) || FullFormsOfShort.TryGetValue(b, out var fullB) && SharesAny(fullA, fullB))
            || FullFormsOfShort.TryGetValue(b, out var fullOfB) && fullOfB.Contains(a);
    }

    /// <summary>HashSet.Overlaps, without boxing the other set's enumerator.</summary>
    private static bool SharesAny(HashSet<string> set, HashSet<string> other)
    {
        foreach (var name in other)
        {
            if (set.Contains(name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>J., H.W.: every letter but the dots a capital.</summary>
    private static bool IsInitial(string word)
    {
        if (word.Length < 2 || !word.EndsWith('.'))
        {
            return false;
        }
        foreach (var letter in word)
        {
            if (letter != '.' && !char.IsUpper(letter))
            {
                return false;
            }
        }
        return true;
    }

    private static void Index<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        AddOnce(list, item);
    }

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static Dictionary<string, HashSet<string>> LoadGivenNames()
    {
        var byShort = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconResource.ReadLines("given-names.txt"))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            foreach (var shortForm in cells[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byShort.TryGetValue(shortForm, out var set))
                {
                    byShort[shortForm] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }
                set.Add(cells[0]);
            }
        }
        return byShort;
    }

    private enum Gender
    {
        Male,
        Female,
    }

    /// <summary>What the resolver knows of a person while it works: the first names and offices the text gives them.</summary>
    private sealed class PersonFacts(string? suffix)
    {
        public string? Suffix { get; } = suffix;

        /// <summary>The words before the surname in each full name (Hillary; Hillary Rodham).</summary>
        public List<string[]> GivenForms { get; } = [];

        // Offices and sentences are lists: a person has few, and a list costs less to make than a set.
        public List<string> Offices { get; } = [];

        /// <summary>Where the person's mentions start, in order and each once, to find the nearest one to a place in the text.</summary>
        public List<int> MentionStarts { get; } = [];

        public void AddMentionStart(int start)
        {
            var at = MentionStarts.BinarySearch(start);
            if (at < 0)
            {
                MentionStarts.Insert(~at, start);
            }
        }

        /// <summary>The sentences that name the person in full or by first name.</summary>
        public List<int> ExplicitSentences { get; } = [];

        public Gender? Gender { get; set; }
    }

    /// <summary>The mentions of one surname spelling: a person's, or single names that went to no one.</summary>
    private sealed class SpellingUnit(string spelling, ArraySegment<Mention> mentions, Person? person, PersonFacts? facts, int order)
    {
        public string Spelling { get; } = spelling;

        public ArraySegment<Mention> Mentions { get; } = mentions;

        /// <summary>The unit's place in the list as made, so that sorting keeps equal units in that order.</summary>
        public int Order { get; } = order;

        public Person? Person => person ?? Adopted;

        public Person? Adopted { get; set; }

        public PersonFacts? Facts => facts;

        public SpellingUnit? MergedInto { get; set; }
    }
}
