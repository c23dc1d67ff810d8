using Attribution.Lexicon;

namespace Attribution.Documents;

/// <summary>
/// Tells whether a document's prose is English: in English prose about a quarter of the words are its commonest
/// function words (the, of, and, to …); in other languages almost none are. Too short a text is given the benefit
/// of the doubt.
/// </summary>
public static class ProseLanguage
{
    private const int MinimumWords = 60;
    private const double MinimumShare = 0.08;

    /// <summary>The length of the longest function word: a longer word is none, and is not looked up.</summary>
    private static readonly int LongestFunctionWord = Lexicons.FunctionWords.Words.Max(w => w.Length);

    public static bool LooksEnglish(string text)
    {
        var words = 0;
        var common = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                words++;
                if (i - start <= LongestFunctionWord && Lexicons.FunctionWords.Contains(text.AsSpan(start, i - start)))
                {
                    common++;
                    // Every word after this one takes at least a letter and a separator: when even that many more
                    // words could not bring the share below the minimum, the rest of the text need not be read.
                    var mostWords = words + (text.Length - i) / 2;
                    if (common >= mostWords * MinimumShare)
                    {
                        return true;
                    }
                }
                start = -1;
            }
        }
        return words < MinimumWords || common >= words * MinimumShare;
    }
}
