using Attribution.Neural;
using Attribution.ReaderLab;

namespace Attribution.ReaderTrainer;

/// <summary>The tagger's vocabularies from the training paragraphs: words seen twice, shapes and suffixes seen three times.</summary>
public static class Vocabularies
{
    public static TaggerVocabulary FromTrain(IEnumerable<Unit> units)
    {
        var tokens = units.SelectMany(u => u.Tokens).Select(t => t.Text).ToList();
        return new TaggerVocabulary(
            Frequent(tokens.Select(TokenInputs.WordKey), 2),
            Frequent(tokens.Select(TokenInputs.ShapeKey), 3),
            Frequent(tokens.Select(TokenInputs.SuffixKey), 3));
    }

    private static List<string> Frequent(IEnumerable<string> keys, int minimum) =>
        [.. keys.CountBy(k => k, StringComparer.Ordinal).Where(p => p.Value >= minimum)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
}
