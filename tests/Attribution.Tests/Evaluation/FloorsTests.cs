using Attribution.Evaluation.Reporting;

namespace Attribution.Tests.Evaluation;

public class FloorsTests
{
    [Fact]
    public void Reads_metric_names_and_minimums()
    {
        var floors = Floors.Parse("""{ "all.overlap.f1": 0.4, "speaker.accuracy": 0 }""");

        Assert.Equal(0.4, floors["all.overlap.f1"]);
        Assert.Equal(0, floors["speaker.accuracy"]);
    }

    [Theory]
    [InlineData("""{ "all.overlap.f": 0.4 }""", "unknown metric 'all.overlap.f'")]
    [InlineData("""{ "all.overlap.f1": "high" }""", "must be a number")]
    [InlineData("""[0.4]""", "JSON object")]
    [InlineData("""{ "all.overlap.f1": """, "not valid JSON")]
    public void Refuses_what_it_cannot_check(string json, string message)
    {
        var error = Assert.Throws<FloorsFileException>(() => Floors.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_each_metric_below_its_floor()
    {
        var values = new Dictionary<string, double> { ["all.overlap.f1"] = 0.35, ["all.exact.f1"] = 0.2 };
        var floors = new Dictionary<string, double> { ["all.overlap.f1"] = 0.4, ["all.exact.f1"] = 0.2, ["speaker.accuracy"] = 0.1 };

        var failures = Floors.Check(values, floors);

        Assert.Equal(["all.overlap.f1", "speaker.accuracy"], failures.Select(f => f.Metric));
        Assert.Equal("below floor: all.overlap.f1 = 0.3500 < 0.4000", failures[0].ToString());
    }
}
