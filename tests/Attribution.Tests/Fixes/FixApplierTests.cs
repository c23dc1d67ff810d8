using Attribution.Analyzers;
using Attribution.Fixes;
using Attribution.Text;

namespace Attribution.Tests.Fixes;

/// <summary>Applying the safe fixes of a text: suggestions left alone, overlapping fixes applied once.</summary>
public class FixApplierTests
{
    private static readonly DiagnosticDescriptor Rule = new("ATTR900", "test", "test", "Wording", DiagnosticSeverity.Info, FixOffers.Fixes | FixOffers.Suggestions);

    private static Diagnostic Finding(int start, int end, string newText, FixKind kind = FixKind.Fix) =>
        new(Rule, new TextSpan(start, end), [], new Fix("change", [new TextEdit(new TextSpan(start, end), newText)], kind), []);

    [Fact]
    public void Applies_fixes_from_the_end_so_that_earlier_offsets_hold()
    {
        const string text = "Genral Kayani met Genral Boldyrev.";
        var plan = FixApplier.Apply(text, [Finding(0, 6, "General"), Finding(18, 24, "General")]);
        Assert.Equal("General Kayani met General Boldyrev.", plan.Text);
        Assert.Equal(2, plan.Applied.Count);
    }

    [Fact]
    public void Of_two_overlapping_fixes_the_first_is_applied_and_the_other_reported()
    {
        const string text = "the the the president";
        var first = Finding(3, 7, "");
        var second = Finding(5, 11, "");
        var plan = FixApplier.Apply(text, [second, first]);
        Assert.Equal("the the president", plan.Text);
        Assert.Equal([first], plan.Applied);
        Assert.Equal([second], plan.Conflicting);
    }

    [Fact]
    public void Suggestions_are_never_applied()
    {
        var plan = FixApplier.Apply("Genral Kayani", [Finding(0, 6, "General", FixKind.Suggestion)]);
        Assert.False(plan.Changes);
        Assert.Equal("Genral Kayani", plan.Text);
    }

    [Fact]
    public void An_insertion_inside_the_text_another_fix_replaces_is_left_for_a_second_run()
    {
        const string text = "Genral Kayani met them.";
        var replace = Finding(0, 13, "General Kayani");
        var insert = Finding(6, 6, ",");
        var plan = FixApplier.Apply(text, [insert, replace]);
        Assert.Equal("General Kayani met them.", plan.Text);
        Assert.Equal([replace], plan.Applied);
        Assert.Equal([insert], plan.Conflicting);
    }

    [Fact]
    public void An_insertion_where_a_replaced_span_ends_is_applied_with_it_and_one_where_it_starts_is_not()
    {
        const string text = "Genral Kayani met them.";
        var replace = Finding(0, 6, "General");
        var atEnd = Finding(6, 6, " Ashfaq");
        var atStart = Finding(0, 0, "“");
        var plan = FixApplier.Apply(text, [atEnd, replace, atStart]);
        Assert.Equal("General Ashfaq Kayani met them.", plan.Text);
        Assert.Equal([atStart], plan.Conflicting);
    }

    [Fact]
    public void A_fix_whose_edits_fall_between_those_of_an_earlier_fix_is_checked_against_its_neighbours()
    {
        const string text = "aaa bbb ccc ddd eee";
        var outer = new Diagnostic(Rule, new TextSpan(0, 3), [], new Fix("both ends", [new TextEdit(new TextSpan(0, 3), "AAA"), new TextEdit(new TextSpan(16, 19), "EEE")]), []);
        var between = Finding(8, 11, "CCC");
        var clashing = Finding(14, 17, "xxx");
        var plan = FixApplier.Apply(text, [clashing, between, outer]);
        Assert.Equal("AAA bbb CCC ddd EEE", plan.Text);
        Assert.Equal([outer, between], plan.Applied);
        Assert.Equal([clashing], plan.Conflicting);
    }

    [Fact]
    public void Many_fixes_are_applied_in_one_pass_with_every_offset_held()
    {
        var text = string.Concat(Enumerable.Repeat("Genral Kayani met the the delegation. ", 5_000));
        var findings = Enumerable.Range(0, 5_000).SelectMany(i => new[]
        {
            Finding(i * 38, i * 38 + 6, "General"),
            Finding(i * 38 + 17, i * 38 + 21, ""),
        }).Reverse().ToList();
        var plan = FixApplier.Apply(text, findings);
        Assert.Equal(string.Concat(Enumerable.Repeat("General Kayani met the delegation. ", 5_000)), plan.Text);
        Assert.Equal(10_000, plan.Applied.Count);
        Assert.Empty(plan.Conflicting);
    }
}
