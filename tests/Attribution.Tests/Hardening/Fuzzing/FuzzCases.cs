using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Attribution.Tests.Hardening.Fuzzing;

/// <summary>
/// One edit of a seed file. Positions and lengths are taken modulo the text they apply to, so every edit applies to
/// any text, and FsCheck shrinks a failing case by dropping edits one by one.
/// </summary>
public sealed record Mutation(MutationKind Kind, int At, int Length, int Token, int Repeat);

public enum MutationKind
{
    InsertToken,
    DeleteRange,
    RepeatRange,
    RepeatToken,
    SpliceSeed,
    Truncate,
    FlipByte,
    InsertByte,
}

/// <summary>A seed file and the edits that make a case of it.</summary>
public sealed record FuzzCase(string Name, string Seed, IReadOnlyList<Mutation> Mutations)
{
    public FuzzInput Input => Build();

    public override string ToString() => Input.ToString();

    private FuzzInput Build()
    {
        var text = Seed;
        foreach (var mutation in Mutations.Where(m => m.Kind < MutationKind.FlipByte))
        {
            text = Apply(text, mutation);
        }
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        foreach (var mutation in Mutations.Where(m => m.Kind >= MutationKind.FlipByte))
        {
            var at = mutation.At % (bytes.Count + 1);
            var value = (byte)(0x80 + (mutation.Token * 37 % 0x80));
            if (mutation.Kind == MutationKind.FlipByte && at < bytes.Count)
            {
                bytes[at] ^= value;
            }
            else
            {
                bytes.Insert(at, mutation.Token % 9 == 0 ? (byte)0 : value);
            }
        }
        return new FuzzInput(Name, [.. bytes]);
    }

    private static string Apply(string text, Mutation m)
    {
        var at = m.At % (text.Length + 1);
        var length = Math.Min(m.Length, text.Length - at);
        var token = FuzzSeeds.Tokens[m.Token % FuzzSeeds.Tokens.Length];
        return m.Kind switch
        {
            MutationKind.InsertToken => text.Insert(at, token),
            MutationKind.DeleteRange => text.Remove(at, length),
            MutationKind.RepeatRange => text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, length), m.Repeat))),
            MutationKind.RepeatToken => text.Insert(at, string.Concat(Enumerable.Repeat(token, m.Repeat * 5))),
            MutationKind.SpliceSeed => text.Insert(at, Splice(m)),
            _ => text[..at],
        };
    }

    private static string Splice(Mutation m)
    {
        var seeds = FuzzSeeds.All;
        var other = seeds[m.Token % seeds.Count].Content;
        var from = m.At % (other.Length + 1);
        return other.Substring(from, Math.Min(other.Length - from, m.Length * 4));
    }
}

/// <summary>FsCheck generators of cases: a seed of a format, then up to a dozen edits.</summary>
public static class FuzzArbitraries
{
    private static readonly Gen<Mutation> Mutations =
        from kind in Gen.Frequency(
            (5, Gen.Constant(MutationKind.InsertToken)), (2, Gen.Constant(MutationKind.DeleteRange)), (2, Gen.Constant(MutationKind.RepeatRange)),
            (2, Gen.Constant(MutationKind.RepeatToken)), (2, Gen.Constant(MutationKind.SpliceSeed)), (1, Gen.Constant(MutationKind.Truncate)),
            (1, Gen.Constant(MutationKind.FlipByte)), (1, Gen.Constant(MutationKind.InsertByte)))
        from at in Gen.Choose(0, 1 << 20)
        from length in Gen.Choose(0, 80)
        from token in Gen.Choose(0, 1 << 16)
        from repeat in Gen.Choose(1, 60)
        select new Mutation(kind, at, length, token, repeat);

    /// <summary>Cases of every format; <paramref name="extensions"/> narrows them to some.</summary>
    public static Gen<FuzzCase> Cases(params string[] extensions) =>
        from seed in Gen.Elements(FuzzSeeds.All.Where(s => extensions.Length == 0 || extensions.Contains(Path.GetExtension(s.Name))).ToArray())
        from count in Gen.Choose(0, 12)
        from mutations in Gen.ArrayOf(Mutations, count)
        select new FuzzCase(seed.Name, seed.Content, mutations);

    private static Arbitrary<FuzzCase> Arbitrary(Gen<FuzzCase> cases) => Arb.From(cases, Shrink);

    /// <summary>A failing case shrinks by dropping one edit at a time, then by its seed's second half.</summary>
    private static IEnumerable<FuzzCase> Shrink(FuzzCase c)
    {
        for (var i = 0; i < c.Mutations.Count; i++)
        {
            yield return c with { Mutations = [.. c.Mutations.Take(i), .. c.Mutations.Skip(i + 1)] };
        }
        if (c.Seed.Length > 1)
        {
            yield return c with { Seed = c.Seed[..(c.Seed.Length / 2)] };
        }
    }

    public static Arbitrary<FuzzCase> AnyCase() => Arbitrary(Cases());

    /// <summary>For FsCheck.Xunit: the case type of each reader's property, told apart by wrapper types.</summary>
    public static Arbitrary<TextCase> TextCases() => Arbitrary(Cases(".txt")).Convert(c => new TextCase(c), t => t.Case);

    public static Arbitrary<MarkdownCase> MarkdownCases() => Arbitrary(Cases(".md", ".mdx")).Convert(c => new MarkdownCase(c), t => t.Case);

    public static Arbitrary<HtmlCase> HtmlCases() => Arbitrary(Cases(".html")).Convert(c => new HtmlCase(c), t => t.Case);

    public static Arbitrary<FrontMatterCase> FrontMatterCases() => Arbitrary(Cases(".md")).Convert(c => new FrontMatterCase(c), t => t.Case);
}

public sealed record TextCase(FuzzCase Case)
{
    public override string ToString() => Case.ToString();
}

public sealed record MarkdownCase(FuzzCase Case)
{
    public override string ToString() => Case.ToString();
}

public sealed record HtmlCase(FuzzCase Case)
{
    public override string ToString() => Case.ToString();
}

public sealed record FrontMatterCase(FuzzCase Case)
{
    public override string ToString() => Case.ToString();
}
