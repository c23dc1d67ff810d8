using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.FSharp.Core;

namespace Attribution.Tests.Hardening.Fuzzing;

/// <summary>
/// Property-based fuzzing of each reader and the whole pipeline with FsCheck: seeds edited at random (see
/// <see cref="FuzzCase"/>) never make the checker throw anything but an input error, and every location it reports
/// lies within the original text. The test run replays a fixed stream of cases; <c>tests/fuzz/run</c> draws new ones.
/// </summary>
public sealed class FuzzPropertyTests
{
    private const int Cases = 150;

    private static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(30);

    /// <summary>The campaign of a plain test run: this many batches of 50 cases, from seeds counted up from this one.</summary>
    private const int FixedBatches = 3;

    private const ulong FixedSeed = 20261206;

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = Cases, Replay = "(20261201,1)")]
    public void Plain_text_reader_and_checker(TextCase input) => FuzzOracle.CheckText(input.Case.Name, input.Case.Input.Text);

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = Cases, Replay = "(20261202,1)")]
    public void Markdown_reader_and_checker(MarkdownCase input) => FuzzOracle.CheckText(input.Case.Name, input.Case.Input.Text);

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = Cases, Replay = "(20261203,1)")]
    public void Html_reader_and_checker(HtmlCase input) => FuzzOracle.CheckText(input.Case.Name, input.Case.Input.Text);

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = Cases * 2, Replay = "(20261204,1)")]
    public void Front_matter_reader(FrontMatterCase input) => FuzzOracle.CheckFrontMatter(input.Case.Input.Text);

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = Cases, Replay = "(20261205,1)")]
    public void Whole_pipeline_from_bytes(FuzzCase input) => FuzzOracle.CheckFile(input.Input);

    /// <summary>A case that runs this long is a hang: the campaign fails on it rather than waiting for ever.</summary>
    private static void CheckWithinHangTime(FuzzInput input)
    {
        var check = Task.Run(() => FuzzOracle.CheckFile(input));
        try
        {
            if (!check.Wait(HangAfter))
            {
                throw new TimeoutException($"checking took more than {HangAfter.TotalSeconds} seconds");
            }
        }
        catch (AggregateException e) when (e.InnerExceptions is [var inner])
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
        }
    }

    /// <summary>
    /// A campaign over the whole pipeline. With a budget in ATTRIB_FUZZ_SECONDS (as <c>tests/fuzz/run</c> sets it):
    /// batches of cases from fresh random seeds until the time is up. Without one, as in a plain test run: a fixed
    /// number of batches from fixed seeds, so that the run gives the same verdict every time. A failing case (an
    /// exception, or a case that runs longer than a hang) is shrunk, written to ATTRIB_FUZZ_FINDINGS when that names a
    /// directory (the corpus), and fails the test with the case and its replay seed.
    /// </summary>
    [Fact]
    public void Campaign_for_the_time_budget()
    {
        TimeSpan? budget = double.TryParse(Environment.GetEnvironmentVariable("ATTRIB_FUZZ_SECONDS"), out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
        var findings = Environment.GetEnvironmentVariable("ATTRIB_FUZZ_FINDINGS");
        var arbitrary = FuzzArbitraries.AnyCase();
        var started = DateTime.UtcNow;
        var batches = 0;
        FuzzInput? lastFailure = null;
        do
        {
            var property = Prop.ForAll(arbitrary, input =>
            {
                try
                {
                    CheckWithinHangTime(input.Input);
                }
                catch
                {
                    // Shrinking tries smaller cases; the last one that fails is the smallest found.
                    lastFailure = input.Input;
                    throw;
                }
            });
            try
            {
                var config = Config.QuickThrowOnFailure.WithMaxTest(50).WithQuietOnSuccess(true);
                if (budget is null)
                {
                    config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(FixedSeed + (ulong)batches), FSharpOption<int>.None)));
                }
                Check.One(config, property);
            }
            catch when (findings is not null && lastFailure is not null)
            {
                Directory.CreateDirectory(findings);
                var name = $"found-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(lastFailure.Bytes))[..12].ToLowerInvariant()}{Path.GetExtension(lastFailure.Name)}";
                File.WriteAllBytes(Path.Combine(findings, name), lastFailure.Bytes);
                throw;
            }
            batches++;
        }
        while (budget is { } time ? DateTime.UtcNow - started < time : batches < FixedBatches);
        Assert.True(batches > 0);
    }
}
