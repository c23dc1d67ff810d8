using Attribution.Syntax;
using Attribution.Text;

namespace Attribution.ReaderLab;

/// <summary>BIO tags over tokens for the three roles of an attribution: content (Q), source (S) and cue (C).</summary>
public static class Tags
{
    public const int O = 0, BQ = 1, IQ = 2, BS = 3, IS = 4, BC = 5, IC = 6;
    public const int Count = 7;
    public static readonly string[] Names = ["O", "B-Q", "I-Q", "B-S", "I-S", "B-C", "I-C"];

    /// <summary>1 content, 2 source, 3 cue; 0 none.</summary>
    public static int RoleOf(int tag) => (tag + 1) / 2;

    public static bool IsBegin(int tag) => tag is BQ or BS or BC;

    /// <summary>
    /// Tags tokens from attributions given as (content, source, cue) spans. Where roles overlap (a nested
    /// attribution), the cue wins over the source and the source over the content; a new span begins where the
    /// previous token belongs to another span.
    /// </summary>
    public static int[] FromSpans(IReadOnlyList<Token> tokens, IEnumerable<(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue)> attributions)
    {
        var role = new int[tokens.Count];
        var owner = new int[tokens.Count];
        Array.Fill(owner, -1);
        var id = 0;
        foreach (var (content, source, cue) in attributions)
        {
            Mark(tokens, content, 1, ref id, role, owner);
            Mark(tokens, source, 2, ref id, role, owner);
            Mark(tokens, cue, 3, ref id, role, owner);
        }
        var tags = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (role[i] == 0)
            {
                continue;
            }
            var begins = i == 0 || role[i - 1] != role[i] || owner[i - 1] != owner[i];
            tags[i] = role[i] * 2 - (begins ? 1 : 0);
        }
        return tags;
    }

    private static void Mark(IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> spans, int r, ref int id, int[] role, int[] owner)
    {
        foreach (var span in spans)
        {
            id++;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i].Span;
                if (t.Start >= span.Start && t.End <= span.End && r >= role[i])
                {
                    role[i] = r;
                    owner[i] = id;
                }
            }
        }
    }

    /// <summary>Runs of one role in a tag sequence, as token ranges [start, end).</summary>
    public static List<(int Role, int Start, int End)> Runs(int[] tags)
    {
        var runs = new List<(int, int, int)>();
        var i = 0;
        while (i < tags.Length)
        {
            var r = RoleOf(tags[i]);
            if (r == 0)
            {
                i++;
                continue;
            }
            var start = i++;
            while (i < tags.Length && tags[i] == r * 2)
            {
                i++;
            }
            runs.Add((r, start, i));
        }
        return runs;
    }
}
