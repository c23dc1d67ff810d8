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
}
