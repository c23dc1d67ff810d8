using Attribution.Syntax;

namespace Attribution.Lexicon;

/// <summary>
/// The lexicons one run checks with: the built-in word lists, plus the cue verbs and titles a configuration adds.
/// A configuration's words stay in its own set; the built-in lists are shared and never changed.
/// </summary>
public sealed class LexiconSet
{
    private LexiconSet(IReadOnlyList<string> extraCues, IReadOnlyList<string> extraTitles, OfficeLexicon offices, WordClassifier classifier, MentionFinder mentions)
    {
        ExtraCues = extraCues;
        ExtraTitles = extraTitles;
        Offices = offices;
        Classifier = classifier;
        Mentions = mentions;
    }

    /// <summary>The built-in lexicons alone.</summary>
    public static LexiconSet Default { get; } = new([], [], OfficeLexicon.Default, WordClassifier.Default, MentionFinder.Default);

    /// <summary>
    /// Starts building <see cref="Default"/> on a thread of its own (about 4 ms of reading and indexing the lists), so
    /// that a run finds its files meanwhile on another core; the first use waits for it if it is not done.
    /// </summary>
    public static void PrepareDefault() =>
        new Thread(static () =>
        {
            try
            {
                _ = Default;
            }
            catch (Exception)
            {
                // The first use on the run's own thread meets the same failure and reports it there.
            }
        })
        { IsBackground = true, Name = "attrib lexicons" }.Start();

    /// <summary>Verbs of saying added to the cue lexicon (quipped, tweeted).</summary>
    public IReadOnlyList<string> ExtraCues { get; }

    /// <summary>Titles added to the offices lexicon (Commissioner, Ombudsman).</summary>
    public IReadOnlyList<string> ExtraTitles { get; }

    public OfficeLexicon Offices { get; }

    /// <summary>Classifies each word of a document into the word lists, the extra cues included.</summary>
    public WordClassifier Classifier { get; }

    /// <summary>Finds mentions with this set's titles.</summary>
    public MentionFinder Mentions { get; }

    /// <summary>
    /// The built-in lexicons with more cue verbs and titles. With neither, the shared <see cref="Default"/>, so that
    /// a run without additions costs nothing more.
    /// </summary>
    public static LexiconSet With(IEnumerable<string> cues, IEnumerable<string> titles)
    {
        var extraCues = cues.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var extraTitles = titles.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (extraCues.Count == 0 && extraTitles.Count == 0)
        {
            return Default;
        }
        var offices = extraTitles.Count == 0 ? OfficeLexicon.Default : OfficeLexicon.Default.WithTitles(extraTitles);
        var mentions = extraTitles.Count == 0 ? MentionFinder.Default : new MentionFinder(offices, JurisdictionLexicon.Default);
        return new LexiconSet(extraCues, extraTitles, offices, WordClassifier.Default.WithCues(extraCues), mentions);
    }
}
