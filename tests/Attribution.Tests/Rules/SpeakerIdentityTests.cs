using Attribution.Analyzers.Rules.Sources;
using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Tests.Rules;

/// <summary>Who a statement's speaker is, as ATTR009 and ATTR010 compare speakers, and when two identities are one for them.</summary>
public class SpeakerIdentityTests
{
    private static List<SpeakerIdentity?> Identities(string text)
    {
        var model = SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")));
        return [.. model.Statements.Where(s => s.Speaker is not null).Select(s => SpeakerIdentity.Of(model, s))];
    }

    [Fact]
    public void One_person_credited_in_sentences_with_the_same_words_has_one_key()
    {
        var identities = Identities("“We will not raise taxes,” said Mayor Anna Berg.\n\n“We will not cut the budget,” said Mayor Anna Berg.\n");
        Assert.Equal(2, identities.Count);
        Assert.Equal(identities[0]!.Key, identities[1]!.Key);
    }

    [Fact]
    public void The_words_around_one_statement_make_its_key_its_own()
    {
        // The second credit names the Post beside her: compared with "The Washington Post said", only it could be the same speaker.
        var identities = Identities("“We will not raise taxes,” said Mayor Anna Berg.\n\n“We will not cut the budget,” Anna Berg told The Washington Post.\n");
        Assert.Equal(2, identities.Count);
        Assert.NotEqual(identities[0]!.Key, identities[1]!.Key);
    }

    [Fact]
    public void A_name_the_resolver_left_alone_is_keyed_by_how_it_is_written()
    {
        var identities = Identities("“We will not raise taxes,” The Washington Post said.\n\n“We will not cut the budget,” The Washington Post said.\n\n“Nobody waits,” The Post said.\n");
        Assert.Equal(3, identities.Count);
        Assert.Equal(identities[0]!.Key, identities[1]!.Key);
        Assert.NotEqual(identities[0]!.Key, identities[2]!.Key);
        Assert.Null(identities[0]!.Key.Person);
    }
}
