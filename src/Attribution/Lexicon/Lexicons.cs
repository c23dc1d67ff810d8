namespace Attribution.Lexicon;

/// <summary>The word lists the pipeline uses, loaded once.</summary>
public static class Lexicons
{
    // Declared before the lists: static fields are set in the order they are written.
    private static readonly List<WordLexicon> Registered = [];

    /// <summary>The cue lexicon with each cue's kind.</summary>
    public static CueLexicon Cues { get; } = CueLexicon.Load("cue-verbs.txt");

    /// <summary>The forms of the cue lexicon as a word list.</summary>
    public static WordLexicon CueWords { get; } = Register(Cues.Words);

    /// <summary>The first words of the cue phrases: a token without this class starts none (<see cref="CueLexicon.MatchPhrase"/>).</summary>
    internal static WordLexicon CuePhraseStarts { get; } = Register(new WordLexicon([.. Cues.PhraseFirstWords]));

    public static WordLexicon Honorifics { get; } = Register(WordLexicon.Load("honorifics.txt"));

    /// <summary>Offices used to address their holder after a courtesy title (Mr. President, Madam Speaker): no surname. (forms-of-address.txt)</summary>
    internal static WordLexicon FormsOfAddress { get; } = Register(WordLexicon.Load("forms-of-address.txt"));

    public static WordLexicon AnonymousSources { get; } = Register(WordLexicon.Load("anonymous-sources.txt"));

    /// <summary>Things put out in writing or on air (statement, tweet, letter): a participle of saying can follow them.</summary>
    public static WordLexicon StatementNouns { get; } = Register(WordLexicon.Load("statement-nouns.txt"));

    /// <summary>Words that make the quotation in capitals after them the name of a work: on, titled, book.</summary>
    public static WordLexicon TitleIntroducers { get; } = Register(WordLexicon.Load("title-introducers.txt"));

    /// <summary>Words English writes twice on purpose ("had had") and function words a title may repeat: never a doubled word.</summary>
    public static WordLexicon RepeatableWords { get; } = Register(WordLexicon.Load("repeatable-words.txt"));

    /// <summary>Pronouns that can stand for a speaker (he, she, they, I, we).</summary>
    public static WordLexicon PersonalPronouns { get; } = Register(WordLexicon.Load("personal-pronouns.txt"));

    /// <summary>Words for people in general (people, someone): an unnamed source only when quoted or described as one.</summary>
    public static WordLexicon GenericPeople { get; } = Register(WordLexicon.Load("generic-people.txt"));

    /// <summary>Auxiliary and modal verbs other than the forms of "be" (forms-of-be.txt), with their clitics: a verb is near. (auxiliaries.txt)</summary>
    internal static WordLexicon Auxiliaries { get; } = Register(WordLexicon.Load("auxiliaries.txt"));

    /// <summary>Adverbs and auxiliaries that may stand between a subject and its cue (X also said, X has long said): skipped when reading the subject. (adverbs-before-cue.txt)</summary>
    internal static WordLexicon AdverbsBeforeCue { get; } = Register(WordLexicon.Load("adverbs-before-cue.txt"));

    /// <summary>Words that make a phrase a time phrase (yesterday, last week), besides weekdays.txt and months.txt. (time-words.txt)</summary>
    internal static WordLexicon TimeWords { get; } = Register(WordLexicon.Load("time-words.txt"));

    /// <summary>Words that stand before a time word in a time phrase (on Monday, last week, the previous day). (time-modifiers.txt)</summary>
    internal static WordLexicon TimeModifiers { get; } = Register(WordLexicon.Load("time-modifiers.txt"));

    /// <summary>Prepositions: a phrase they open is no subject. (prepositions.txt)</summary>
    internal static WordLexicon Prepositions { get; } = Register(WordLexicon.Load("prepositions.txt"));

    /// <summary>Words that open a subordinate or relative clause. (clause-words.txt)</summary>
    internal static WordLexicon ClauseWords { get; } = Register(WordLexicon.Load("clause-words.txt"));

    /// <summary>Pronouns and quantifiers that can stand alone as a subject, besides the subject pronouns (subject-pronouns.txt). (subject-words.txt)</summary>
    internal static WordLexicon SubjectWords { get; } = Register(WordLexicon.Load("subject-words.txt"));

    /// <summary>Articles, possessives and demonstratives that open a noun phrase. (determiners.txt)</summary>
    internal static WordLexicon Determiners { get; } = Register(WordLexicon.Load("determiners.txt"));

    /// <summary>Nouns a that-clause can complete (the idea that …, the claim that …): the that-clause is no reported speech of theirs. (stance-nouns.txt)</summary>
    internal static WordLexicon StanceNouns { get; } = Register(WordLexicon.Load("stance-nouns.txt"));

    /// <summary>Numbers written as words, and words that count. (number-words.txt)</summary>
    internal static WordLexicon NumberWords { get; } = Register(WordLexicon.Load("number-words.txt"));

    /// <summary>Object and reflexive pronouns: the object of a verb of telling. (object-pronouns.txt)</summary>
    internal static WordLexicon ObjectPronouns { get; } = Register(WordLexicon.Load("object-pronouns.txt"));

    /// <summary>Coordinating conjunctions. (conjunctions.txt)</summary>
    internal static WordLexicon Conjunctions { get; } = Register(WordLexicon.Load("conjunctions.txt"));

    /// <summary>Linking words and adverbs that may open a clause before its subject: and, but, meanwhile, finally. (leading-linkers.txt)</summary>
    internal static WordLexicon LeadingLinkers { get; } = Register(WordLexicon.Load("leading-linkers.txt"));

    /// <summary>Words after which a cue word is a noun (the claims, his call, to support) rather than a verb. (noun-markers.txt)</summary>
    internal static WordLexicon NounMarkers { get; } = Register(WordLexicon.Load("noun-markers.txt"));

    /// <summary>Verbs of telling whose object (told reporters that …) is no part of what was said. (telling-cues.txt)</summary>
    internal static WordLexicon TellingCues { get; } = Register(WordLexicon.Load("telling-cues.txt"));

    /// <summary>Words that grade an adjective: more, less, slightly (more likely to say). (degree-words.txt)</summary>
    internal static WordLexicon DegreeWords { get; } = Register(WordLexicon.Load("degree-words.txt"));

    /// <summary>Capitalised linking words that open a sentence before its clause (annotators leave them out). (opening-linkers.txt)</summary>
    internal static WordLexicon OpeningLinkers { get; } = Register(WordLexicon.Load("opening-linkers.txt", caseSensitive: true));

    /// <summary>Conjunctions that open a clause after a comma: although, because, while. (clause-openers.txt)</summary>
    internal static WordLexicon ClauseOpeners { get; } = Register(WordLexicon.Load("clause-openers.txt"));

    /// <summary>Common irregular past tenses: they show a verb where no -ed ending does. (irregular-past-verbs.txt)</summary>
    internal static WordLexicon IrregularPastVerbs { get; } = Register(WordLexicon.Load("irregular-past-verbs.txt"));

    /// <summary>Determiners and quantifiers that may open a speaker phrase (the officials, several aides, his spokesman). (speaker-determiners.txt)</summary>
    internal static WordLexicon SpeakerDeterminers { get; } = Register(WordLexicon.Load("speaker-determiners.txt"));

    /// <summary>Function words and verbs that end a speaker phrase read away from its cue. (phrase-breakers.txt)</summary>
    internal static WordLexicon PhraseBreakers { get; } = Register(WordLexicon.Load("phrase-breakers.txt"));

    /// <summary>Adverbs and auxiliaries between a speaker and its cue (X also said, X has publicly said). (speaker-adverbs.txt)</summary>
    internal static WordLexicon SpeakerAdverbs { get; } = Register(WordLexicon.Load("speaker-adverbs.txt"));

    /// <summary>Nouns that head a phrase naming an organisation or a document as a source (the campaign, the report). (organisation-heads.txt)</summary>
    internal static WordLexicon OrganisationHeads { get; } = Register(WordLexicon.Load("organisation-heads.txt"));

    /// <summary>Capitalised words that date or link a sentence and are never a speaker, besides weekdays.txt and months.txt. (capitalised-linkers.txt)</summary>
    internal static WordLexicon CapitalisedLinkers { get; } = Register(WordLexicon.Load("capitalised-linkers.txt", caseSensitive: true));

    /// <summary>Words that open a label before a colon (Note:, Update:, Photo:): what follows is no quotation. (labels.txt)</summary>
    internal static WordLexicon Labels { get; } = Register(WordLexicon.Load("labels.txt"));

    /// <summary>Subordinating conjunctions that open an adverbial clause. (subordinators.txt)</summary>
    internal static WordLexicon Subordinators { get; } = Register(WordLexicon.Load("subordinators.txt"));

    /// <summary>Words that frame a year as the time of a title (in 2012, since early 2015, in the fall of), besides months.txt. (framing-words.txt)</summary>
    internal static WordLexicon FramingWords { get; } = Register(WordLexicon.Load("framing-words.txt"));

    /// <summary>Words a title-case headline capitalises that are never names. (headline-words.txt)</summary>
    internal static WordLexicon HeadlineWords { get; } = Register(WordLexicon.Load("headline-words.txt", caseSensitive: true));

    /// <summary>The articles. (articles.txt)</summary>
    internal static WordLexicon Articles { get; } = Register(WordLexicon.Load("articles.txt"));

    /// <summary>Lower-case particles inside a name (bin, al, de, van). (name-particles.txt)</summary>
    internal static WordLexicon NameParticles { get; } = Register(WordLexicon.Load("name-particles.txt", caseSensitive: true));

    /// <summary>Suffixes after a name (Jr, III). (name-suffixes.txt)</summary>
    internal static WordLexicon NameSuffixes { get; } = Register(WordLexicon.Load("name-suffixes.txt", caseSensitive: true));

    /// <summary>Words that join the words of an office's complement (Secretary of Health and Human Services). (complement-glue.txt)</summary>
    internal static WordLexicon ComplementGlue { get; } = Register(WordLexicon.Load("complement-glue.txt"));

    /// <summary>Words after a title that end an appositive title (X, the senator who …). (appositive-ends.txt)</summary>
    internal static WordLexicon AppositiveEnds { get; } = Register(WordLexicon.Load("appositive-ends.txt", caseSensitive: true));

    /// <summary>Capitalised words that often open a sentence: after an abbreviation's full stop they show a new sentence. (sentence-openers.txt)</summary>
    internal static WordLexicon SentenceOpeners { get; } = Register(WordLexicon.Load("sentence-openers.txt", caseSensitive: true));

    /// <summary>The forms of "be", with their negations. (forms-of-be.txt)</summary>
    internal static WordLexicon FormsOfBe { get; } = Register(WordLexicon.Load("forms-of-be.txt"));

    /// <summary>The days of the week, capitalised. (weekdays.txt)</summary>
    internal static WordLexicon Weekdays { get; } = Register(WordLexicon.Load("weekdays.txt", caseSensitive: true));

    /// <summary>The months and their short forms, capitalised ("May", not "may"). (months.txt)</summary>
    internal static WordLexicon Months { get; } = Register(WordLexicon.Load("months.txt", caseSensitive: true));

    /// <summary>The subject pronouns: he, she, it, we, they, I, you. (subject-pronouns.txt)</summary>
    internal static WordLexicon SubjectPronouns { get; } = Register(WordLexicon.Load("subject-pronouns.txt"));

    /// <summary>Words a title or headline leaves in lower case. (title-minor-words.txt)</summary>
    internal static WordLexicon TitleMinorWords { get; } = Register(WordLexicon.Load("title-minor-words.txt"));

    /// <summary>Capitalised words that are never part of a name. (name-stop-words.txt)</summary>
    internal static WordLexicon NameStopWords { get; } = Register(WordLexicon.Load("name-stop-words.txt"));

    /// <summary>Words one or two letters from a title that are words of their own. (title-lookalikes.txt)</summary>
    internal static WordLexicon TitleLookalikes { get; } = Register(WordLexicon.Load("title-lookalikes.txt"));

    /// <summary>Common English function words: text with few of them is not English. (english-function-words.txt)</summary>
    internal static WordLexicon FunctionWords { get; } = Register(WordLexicon.Load("english-function-words.txt"));

    /// <summary>Verbs of saying and writing that keep a particle after them in the content. (verbs-keeping-particles.txt)</summary>
    internal static WordLexicon VerbsKeepingParticles { get; } = Register(WordLexicon.Load("verbs-keeping-particles.txt"));

    /// <summary>Particles that make one verb with a cue before them (joked about, railed against). (cue-particles.txt)</summary>
    internal static WordLexicon CueParticles { get; } = Register(WordLexicon.Load("cue-particles.txt"));

    /// <summary>Relative pronouns: who, whom, whose, which, that. (relative-pronouns.txt)</summary>
    internal static WordLexicon RelativePronouns { get; } = Register(WordLexicon.Load("relative-pronouns.txt"));

    /// <summary>Words that open a parenthetical phrase between a subject and its verb. (parenthetical-openers.txt)</summary>
    internal static WordLexicon ParentheticalOpeners { get; } = Register(WordLexicon.Load("parenthetical-openers.txt"));

    /// <summary>Prepositions that date by an event: after, during, amid. (time-prepositions.txt)</summary>
    internal static WordLexicon TimePrepositions { get; } = Register(WordLexicon.Load("time-prepositions.txt"));

    /// <summary>What follows the apostrophe of a contraction or an elision (ve, re, ll, t, til). (contraction-endings.txt)</summary>
    internal static WordLexicon ContractionEndings { get; } = Register(WordLexicon.Load("contraction-endings.txt"));

    /// <summary>Adverbs between a form of "be" and an -ing cue (is now saying). (progressive-adverbs.txt)</summary>
    internal static WordLexicon ProgressiveAdverbs { get; } = Register(WordLexicon.Load("progressive-adverbs.txt"));

    /// <summary>Words that continue a military title's complement (ground forces, air force). (armed-forces-words.txt)</summary>
    internal static WordLexicon ArmedForcesWords { get; } = Register(WordLexicon.Load("armed-forces-words.txt"));

    /// <summary>Words that join the words of a proper name and say nothing of who it is (the, of, &amp;). (name-connectives.txt)</summary>
    internal static WordLexicon NameConnectives { get; } = WordLexicon.Load("name-connectives.txt");

    public static OfficeLexicon Offices => OfficeLexicon.Default;

    public static JurisdictionLexicon Jurisdictions => JurisdictionLexicon.Default;

    /// <summary>The words a title of the built-in offices can start with (see <see cref="Syntax.MentionFinder"/>).</summary>
    internal static WordLexicon TitleStarts { get; } = Register(new WordLexicon([.. Syntax.MentionFinder.Default.TitleStartWords]));

    /// <summary>The first words of the built-in jurisdictions, as written.</summary>
    internal static WordLexicon JurisdictionStarts { get; } = Register(new WordLexicon([.. Syntax.MentionFinder.Default.JurisdictionStartWords], caseSensitive: true));

    /// <summary>The classifier of every list above: declared last, so that it sees them all.</summary>
    internal static WordClassifier Classifier { get; } = new(Registered, Cues);

    private static WordLexicon Register(WordLexicon lexicon)
    {
        lexicon.Mask = UInt128.One << (WordClassifier.FirstListBit + Registered.Count);
        Registered.Add(lexicon);
        return lexicon;
    }
}
