using Attribution.Documents;
using Attribution.Text;

namespace Attribution.Tests.Documents;

/// <summary>The identity map of plain text keeps no table, and answers exactly as a table of the same offsets would.</summary>
public class OffsetMapTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("Mr. Smith said so.", 0, 18)]
    [InlineData("said so", 4, 20)]
    public void The_identity_map_answers_as_a_table_of_verbatim_offsets(string text, int sourceOffset, int sourceLength)
    {
        var builder = new MappedTextBuilder();
        builder.AppendVerbatim(text, sourceOffset);
        var (_, table) = builder.Build(sourceLength);
        var identity = OffsetMap.Identity(text.Length, sourceOffset, sourceLength);

        Assert.Equal(table.Length, identity.Length);
        for (var start = 0; start <= text.Length + 1; start++)
        {
            Assert.Equal(table.SourceOffsetAt(start), identity.SourceOffsetAt(start));
            for (var end = start; end <= text.Length + 1; end++)
            {
                var span = new TextSpan(start, end);
                Assert.Equal(table.ToSource(span), identity.ToSource(span));
            }
        }
    }

    [Fact]
    public void A_plain_text_finding_is_reported_at_its_own_offset()
    {
        const string source = "Gen. Boldyrev spoke. Later Gen. Boldyrv spoke again.\n\nLeave a Reply\n";
        var document = new PlainTextDocumentReader().Read("a.txt", source);
        var misspelt = source.IndexOf("Boldyrv", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(misspelt, misspelt + 7), document.Map.ToSource(new TextSpan(misspelt, misspelt + 7)));
        Assert.Equal(document.Text.Length, document.Map.SourceOffsetAt(document.Text.Length));
    }
}
