using System.Reflection;
using Attribution.Lexicon;

namespace Attribution.Tests.Lexicon;

/// <summary>Every word list embedded in the library loads, and none lists a word twice.</summary>
public class LexiconFileTests
{
    private static IEnumerable<string> EmbeddedFiles() =>
        typeof(LexiconResource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Attribution.Lexicon.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n["Attribution.Lexicon.".Length..]);

    public static TheoryData<string> Files() => [.. EmbeddedFiles()];

    [Fact]
    public void The_library_embeds_the_word_lists() =>
        Assert.Contains("forms-of-be.txt", EmbeddedFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_has_entries_and_no_entry_twice(string name)
    {
        var lines = LexiconResource.ReadLines(name);
        Assert.NotEmpty(lines);
        var repeated = lines.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{name} repeats {string.Join(", ", repeated)}");
    }

    [Fact]
    public void Every_lexicon_of_the_pipeline_loads()
    {
        var properties = typeof(Lexicons).GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.True(properties.Length > 40);
        foreach (var property in properties)
        {
            Assert.NotNull(property.GetValue(null));
        }
    }

    [Fact]
    public void A_case_sensitive_list_matches_only_as_written()
    {
        Assert.True(Lexicons.Months.Contains("May"));
        Assert.False(Lexicons.Months.Contains("may"));
        Assert.True(Lexicons.FormsOfBe.Contains("WAS"));
    }

    [Fact]
    public void The_word_lists_that_had_two_copies_are_one()
    {
        // The forms of "be" include "am" (one copy had left it out); the auxiliaries list holds no form of "be".
        Assert.True(Lexicons.FormsOfBe.Contains("am"));
        Assert.DoesNotContain(LexiconResource.ReadLines("auxiliaries.txt"), w => Lexicons.FormsOfBe.Contains(w));
        Assert.DoesNotContain(LexiconResource.ReadLines("time-words.txt"), w => Lexicons.Months.Contains(w) || Lexicons.Weekdays.Contains(w));
    }
}
