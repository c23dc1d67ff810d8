using Attribution.Documents;
using Attribution.Semantics;
using Attribution.Syntax;

namespace Attribution.Tests.Semantics;

/// <summary>One test for each construction the extractor reads; every sentence is invented.</summary>
public class StatementExtractorTests
{
    private sealed record Found(string Content, string? Speaker, StatementKind Kind, bool Anonymous);

    private static List<Found> Extract(string text)
    {
        var model = SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")));
        return model.Statements
            .Where(s => s.Kind is not (StatementKind.Scare or StatementKind.Title))
            .Select(s => new Found(
                string.Join(" | ", s.Content.Select(c => text[c.Start..c.End])),
                s.Speaker is null ? null : text[s.Speaker.Span.Start..s.Speaker.Span.End],
                s.Kind,
                s.Speaker?.IsAnonymous ?? false))
            .ToList();
    }

    private static Found Single(string text) => Assert.Single(Extract(text));

    [Theory]
    [InlineData("Harbour news\n\nWhen the pier closed, Mayor Anna Berg released the following statement:\n\n“The ferry will run every half hour from May.”", "Mayor Anna Berg")]
    [InlineData("Harbour news\n\nTom Reed issued a brief written statement: “The ferry will run every half hour from May.”", "Tom Reed")]
    [InlineData("Harbour news\n\nThe council approved the following resolution:\n\n“The ferry will run every half hour from May.”", "The council")]
    public void A_quotation_introduced_by_a_statement_put_out_and_a_colon(string text, string speaker)
    {
        var found = Assert.Single(Extract(text), f => f.Content.Contains("ferry", StringComparison.Ordinal));
        Assert.Equal(StatementKind.Direct, found.Kind);
        Assert.Equal(speaker, found.Speaker);
    }

    [Fact]
    public void A_statement_noun_with_no_verb_before_it_introduces_no_speaker()
    {
        var found = Assert.Single(Extract("Harbour news\n\nThe full statement:\n\n“The ferry will run every half hour from May.”"), f => f.Content.Contains("ferry", StringComparison.Ordinal));
        Assert.Null(found.Speaker);
    }

    [Fact]
    public void A_quotation_closed_by_its_attribution()
    {
        var found = Single("“The ferry will run every half hour from May,” the harbour director said.");
        Assert.Equal(("The ferry will run every half hour from May,", "the harbour director"), (found.Content, found.Speaker));
        Assert.Equal(StatementKind.Direct, found.Kind);
    }

    [Fact]
    public void An_inverted_attribution_keeps_the_appositive_of_its_source()
    {
        var found = Single("“We cannot dock at a pier that moves,” said Anna Berg, the harbour director.");
        Assert.Equal("Anna Berg, the harbour director", found.Speaker);
    }

    [Fact]
    public void A_quotation_broken_by_its_attribution_is_one_statement_with_two_fragments()
    {
        var found = Single("“The pier is unsafe,” she said. “Nobody should stand on it until the repairs are done.”");
        Assert.Equal("The pier is unsafe, | Nobody should stand on it until the repairs are done.", found.Content);
        Assert.Equal("she", found.Speaker);
    }

    [Fact]
    public void A_quotation_that_goes_on_in_the_attribution_sentence_is_joined()
    {
        var found = Single("“Word is,” the mayor said, “that the ferry company will walk away from the deal.”");
        Assert.Equal("Word is, | that the ferry company will walk away from the deal.", found.Content);
    }

    [Fact]
    public void A_question_that_ends_its_sentence_is_credited_to_the_attribution_after_it()
    {
        var found = Single("“Why should the island pay for a bridge it will never use?” Berg asked.");
        Assert.Equal("Berg", found.Speaker);
    }

    [Fact]
    public void A_partial_quotation_inside_reported_speech_is_credited_with_its_whole_clause()
    {
        var found = Single("Berg said that the new timetable was “a gamble from the start.”");
        Assert.Equal("that the new timetable was “a gamble from the start.”", found.Content);
        Assert.Equal("Berg", found.Speaker);
        Assert.Equal(StatementKind.Partial, found.Kind);
    }

    [Fact]
    public void Words_before_a_quotation_belong_to_it_when_its_attribution_follows()
    {
        var found = Single("Like most island towns, “we are always short of money,” Berg said.");
        Assert.StartsWith("Like most island towns, “we are always short of money,", found.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_speech_keeps_that_in_its_content()
    {
        var found = Single("The mayor said that the ferry would run every half hour.");
        Assert.Equal(("that the ferry would run every half hour", "The mayor"), (found.Content, found.Speaker));
        Assert.Equal(StatementKind.Indirect, found.Kind);
    }

    [Fact]
    public void The_person_told_is_not_part_of_the_content()
    {
        var found = Single("Berg told reporters on Monday the vote would be close.");
        Assert.Equal(("the vote would be close", "Berg"), (found.Content, found.Speaker));
    }

    [Fact]
    public void Content_before_its_cue_is_credited_to_the_source_after_it()
    {
        var found = Single("The bridge will cost twice as much as planned, officials said.");
        Assert.Equal(("The bridge will cost twice as much as planned", "officials"), (found.Content, found.Speaker));
        Assert.True(found.Anonymous);
    }

    [Fact]
    public void An_opening_but_or_still_is_left_out_of_content_before_its_cue()
    {
        var found = Single("Still, the bridge will cost twice as much as planned, a source close to the council said.");
        Assert.Equal(("the bridge will cost twice as much as planned", "a source close to the council"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_new_clause_of_the_writer_ends_the_content()
    {
        var found = Single("Berg said the pier was unsafe, but she sounded hopeful about the repairs.");
        Assert.Equal("the pier was unsafe", found.Content);
    }

    [Fact]
    public void Content_around_its_attribution_has_two_fragments()
    {
        var found = Single("The vote, Berg said on Monday, was closer than anyone expected.");
        Assert.Equal(("The vote | was closer than anyone expected", "Berg"), (found.Content, found.Speaker));
    }

    [Theory]
    [InlineData("According to the harbour council, the bridge will open in May.", "the bridge will open in May")]
    [InlineData("The bridge will open in May, according to the harbour council.", "The bridge will open in May")]
    public void According_to_credits_the_clause_on_either_side(string text, string content)
    {
        var found = Single(text);
        Assert.Equal((content, "the harbour council"), (found.Content, found.Speaker));
    }

    [Theory]
    [InlineData("The campaign says the average donation was small.", "The campaign")]
    [InlineData("Mayor Joseph R. Berg Jr. said the pier was unsafe.", "Mayor Joseph R. Berg Jr.")]
    [InlineData("Sen. Anna Berg (D-Norland) said the pier was unsafe.", "Sen. Anna Berg (D-Norland)")]
    public void A_subject_ends_with_its_noun_or_name(string text, string speaker) => Assert.Equal(speaker, Single(text).Speaker);

    [Fact]
    public void A_subject_keeps_its_appositive()
    {
        var found = Single("Anna Berg, the harbour director, said the pier was unsafe.");
        Assert.Equal(("the pier was unsafe", "Anna Berg, the harbour director"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_subject_keeps_its_relative_clause()
    {
        var found = Single("Anna Berg, who runs the harbour, said the pier was unsafe.");
        Assert.Equal("Anna Berg, who runs the harbour", found.Speaker);
    }

    [Fact]
    public void A_parenthetical_between_subject_and_cue_is_left_out_of_the_source()
    {
        var found = Single("Anna Berg, in an interview on Monday, said the pier was unsafe.");
        Assert.Equal("Anna Berg", found.Speaker);
    }

    [Fact]
    public void A_place_split_by_its_comma_is_left_out_of_the_source()
    {
        var found = Single("Anna Berg, speaking in Velden, Norland, said the pier was unsafe.");
        Assert.Equal("Anna Berg", found.Speaker);
    }

    [Fact]
    public void Adverbs_auxiliaries_and_times_before_the_cue_are_left_out_of_the_source()
    {
        var found = Single("The harbour director on Thursday evening also said the pier was unsafe.");
        Assert.Equal("The harbour director", found.Speaker);
    }

    [Fact]
    public void A_participle_cue_is_credited_to_the_subject_of_its_clause()
    {
        var found = Assert.Single(Extract("The council approved the plan on Monday, saying it would cut costs."), f => f.Content == "it would cut costs");
        Assert.Equal("The council", found.Speaker);
    }

    [Fact]
    public void A_second_cue_of_the_same_subject_ends_the_first_content()
    {
        var found = Extract("Berg said the pier was unsafe and added that repairs would take a year.");
        Assert.Equal(["the pier was unsafe", "that repairs would take a year"], found.Select(f => f.Content));
        Assert.All(found, f => Assert.Equal("Berg", f.Speaker));
    }

    [Fact]
    public void Beliefs_are_credited_to_those_who_hold_them()
    {
        var found = Single("Most residents believe the bridge is too expensive.");
        Assert.Equal(("the bridge is too expensive", "Most residents"), (found.Content, found.Speaker));
    }

    [Fact]
    public void The_object_of_a_request_is_part_of_the_content()
    {
        var found = Single("The mayor urged residents to take the ferry during the works.");
        Assert.Equal(("residents to take the ferry during the works", "The mayor"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_raising_verb_makes_its_subject_part_of_the_claim_with_no_source()
    {
        var found = Single("The bridge appears likely to open a year late.");
        Assert.Equal(("The bridge | likely to open a year late", null), (found.Content, found.Speaker));
    }

    [Theory]
    [InlineData("His claims about the harbour were false.")]
    [InlineData("The council has plans for a new pier.")]
    public void A_cue_word_used_as_a_noun_is_no_cue(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void The_headline_holds_no_statements()
    {
        var found = Single("Mayor says ferry will run\n\nThe council met on Monday. The ferry will run, the mayor said.");
        Assert.Equal("The ferry will run", found.Content);
    }

    [Fact]
    public void A_dateline_is_no_part_of_the_content()
    {
        var found = Single("HARBOURTOWN (Wire) — The ferry will run every half hour, the mayor said.");
        Assert.Equal("The ferry will run every half hour", found.Content);
    }

    [Fact]
    public void Two_apostrophes_make_a_double_quotation_mark()
    {
        var found = Single("''We are ready for the summer,'' Ms. Berg said. ''The boats are.''");
        Assert.Equal(("We are ready for the summer, | The boats are.", "Ms. Berg"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_participle_after_a_quotation_closed_by_a_comma_is_its_own_statement()
    {
        var found = Extract("The ferry company would not name “that person,” telling a radio station that it is focused on “safe crossings.”");
        var telling = Assert.Single(found, f => f.Content.StartsWith("that it is focused", StringComparison.Ordinal));
        Assert.Equal(("that it is focused on “safe crossings.”", "The ferry company"), (telling.Content, telling.Speaker));
    }

    [Fact]
    public void A_short_quotation_inside_reported_speech_is_no_scare_quote()
    {
        var found = Single("About four in ten voters say the mayor is “out of touch.”");
        Assert.Equal(("the mayor is “out of touch.”", "About four in ten voters"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_passive_names_no_source()
    {
        Assert.Empty(Extract("The result was announced after midnight."));
    }

    [Fact]
    public void A_participle_after_an_opening_adverbial_is_credited_to_the_clause_subject()
    {
        var found = Assert.Single(Extract("Speaking at a rally in Velden, the mayor attacked the plan, calling it “a waste of money.”"), f => f.Content.StartsWith("it", StringComparison.Ordinal));
        Assert.Equal(("it “a waste of money.”", "the mayor"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_transcript_turn_credits_the_paragraph_to_the_name_before_the_colon()
    {
        var found = Extract("The interview was edited for length.\n\nQ: Will the bridge be ready by May as the council promised?\n\nBerg: Well, nobody in the harbour thinks the bridge will be ready by May.\n\nNote: the council meets again on Friday and will vote then.");
        var turn = Assert.Single(found, f => f.Speaker == "Berg");
        Assert.Equal("Well, nobody in the harbour thinks the bridge will be ready by May.", turn.Content);
        Assert.DoesNotContain(found, f => f.Speaker == "Note");
    }

    [Fact]
    public void A_single_name_and_colon_is_a_dateline_not_a_transcript()
    {
        Assert.Empty(Extract("Velden: A cargo plane with six passengers landed at the harbour airport on Friday night."));
    }

    [Fact]
    public void Any_past_verb_that_closes_a_quotation_with_its_subject_attributes_it()
    {
        var found = Single("“The harbour will always be the harbour,” an angry Berg bristled. “It never gives up.”");
        Assert.Equal(("The harbour will always be the harbour, | It never gives up.", "an angry Berg"), (found.Content, found.Speaker));
    }

    [Theory]
    [InlineData("The mayor stepped to the microphone and boomed: “Let us finish the bridge by May.”", "The mayor")]
    [InlineData("“The pier is closed for good!” Berg tweeted, quoting the inspector's report.", "Berg")]
    [InlineData("As the harbour director told the Velden Gazette (VG), “We have waited long enough.”", "the harbour director")]
    public void A_quotation_is_credited_across_a_colon_a_split_sentence_or_a_parenthesis(string text, string speaker)
    {
        var found = Assert.Single(Extract(text), f => f.Kind == StatementKind.Direct);
        Assert.Equal(speaker, found.Speaker);
    }

    [Fact]
    public void A_which_clause_with_the_speaker_s_own_words_stays_in_the_content()
    {
        var found = Single("Berg said that she expected a large turnout, which “will help the bridge pass.”");
        Assert.Equal("that she expected a large turnout, which “will help the bridge pass.”", found.Content);
    }

    [Fact]
    public void A_clause_before_an_inverted_cue_is_content_not_an_appositive()
    {
        var found = Single("It is rare for a harbour to close in summer, said Anna Berg, a veteran pilot who worked in Velden.");
        Assert.Equal(("It is rare for a harbour to close in summer", "Anna Berg, a veteran pilot who worked in Velden"), (found.Content, found.Speaker));
    }

    [Fact]
    public void An_inverted_source_keeps_its_appositive_before_a_place_and_time()
    {
        var found = Single("“We cannot dock at a pier that moves,” said Anna Berg, the harbour director, at a meeting on Tuesday.");
        Assert.Equal("Anna Berg, the harbour director", found.Speaker);
    }

    [Fact]
    public void According_to_after_an_attributed_quotation_credits_the_whole_report_without_crediting_the_quotation_twice()
    {
        const string text = "“We will not close the harbour this summer,” Berg said, according to the Velden Gazette.";
        var model = SemanticModel.Build(SyntaxTree.Parse(new ArticleLoader().Parse(text, "article.txt")));
        var report = Assert.Single(model.Statements, s => s.Cue?.IsAccordingTo == true);
        Assert.Equal("the Velden Gazette", text[report.Speaker!.Span.Start..report.Speaker.Span.End]);
        Assert.Empty(report.Quotations);
        Assert.Empty(RuleTester.Run(text, "ATTR010"));
    }

    [Theory]
    [InlineData("Readers wrote in.\n\n“The bridge is a waste of our money and our time.” ― Marta Olsen Vik\n", "Marta Olsen Vik")]
    [InlineData("Readers wrote in.\n\n“The bridge is a waste of our money and our time.” — Piet A. Berg.\n", "Piet A. Berg")]
    public void A_name_after_a_dash_that_closes_a_quotation_paragraph_is_its_speaker(string text, string speaker)
    {
        var found = Assert.Single(Extract(text), f => f.Kind == StatementKind.Direct);
        Assert.Equal(speaker, found.Speaker);
    }

    [Theory]
    [InlineData("Claims we checked.\n\n\"The ferry loses money on every crossing.\"\n\n-Mayor Anna Berg, writing on the council's website.\n", "Mayor Anna Berg")]
    [InlineData("Readers wrote in.\n\n“The bridge is a waste of our money and our time.” — Marta Olsen Vik, a teacher from Velden\n", "Marta Olsen Vik")]
    public void A_description_after_the_name_of_a_dash_credit_leaves_the_name_the_speaker(string text, string speaker)
    {
        var found = Assert.Single(Extract(text), f => f.Kind == StatementKind.Direct);
        Assert.Equal(speaker, found.Speaker);
    }

    [Fact]
    public void A_dash_credit_whose_description_says_something_itself_credits_nobody()
    {
        var found = Assert.Single(Extract("Readers wrote in.\n\n“The bridge is a waste of our money.” — Marta Olsen Vik, who said the council knew.\n"), f => f.Content.StartsWith("The bridge", StringComparison.Ordinal));
        Assert.Null(found.Speaker);
    }

    [Fact]
    public void A_dash_followed_by_more_than_a_name_credits_nobody()
    {
        var found = Assert.Single(Extract("Readers wrote in.\n\n“The bridge is a waste of our money.” — and the council knew it all along.\n"), f => f.Content.StartsWith("The bridge", StringComparison.Ordinal));
        Assert.Null(found.Speaker);
    }

    [Fact]
    public void A_cue_and_comma_right_before_a_quotation_introduce_it_even_after_an_opening_clause_with_a_cue()
    {
        var found = Assert.Single(Extract("Asked whether the ferry appeared to be late, Berg replied, “It was never on time.”"), f => f.Kind == StatementKind.Direct);
        Assert.Equal(("It was never on time.", "Berg"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_quotation_over_two_paragraphs_is_joined_with_the_part_after_its_closing_attribution()
    {
        const string text = "Berg said: “The pier is unsafe.\n\n“Nobody should stand on it,” Berg said. “Not until the repairs are done.”\n";
        var found = Assert.Single(Extract(text));
        Assert.Equal("Berg", found.Speaker);
        Assert.EndsWith("Not until the repairs are done.", found.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_of_saying_after_a_cue_starts_the_content_after_itself()
    {
        var found = Assert.Single(Extract("Berg fired back in a statement, saying she had “never missed a vote.”"));
        Assert.Equal(("she had “never missed a vote.”", "Berg"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_quotation_paragraph_followed_by_a_paragraph_of_a_dash_and_a_name_is_credited_to_the_name()
    {
        var found = Assert.Single(Extract("Claims we checked.\n\n\"The ferry loses money on every crossing.\"\n\n- Anna Berg.\n\nThe figures say otherwise.\n"), f => f.Kind == StatementKind.Direct);
        Assert.Equal("Anna Berg", found.Speaker);
    }

    [Fact]
    public void A_quotation_with_words_of_the_writer_after_it_is_credited_to_an_inverted_source_that_ends_the_sentence()
    {
        var found = Single("“For most pilots, the harbour is safe enough” in summer, said Anna Berg, the harbour director.");
        Assert.Equal(("“For most pilots, the harbour is safe enough” in summer", "Anna Berg, the harbour director"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_quotation_is_not_a_continuation_of_the_paragraph_before_when_another_attribution_follows_it()
    {
        var found = Extract("“The pier is unsafe,” Berg said.\n\n“The repairs are overdue” for the whole harbour, Olsen said.\n");
        Assert.Contains(found, f => f.Speaker == "Olsen" && f.Content.Contains("repairs", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.Speaker == "Berg" && f.Content.Contains("repairs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_the_speaker_does_not_stop_the_quotation_from_going_on()
    {
        var found = Single("“Pilots know the harbour,” said Berg, speaking of the night crews, “and they know its dangers.”");
        Assert.Equal(("Pilots know the harbour, | and they know its dangers.", "Berg"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_pronoun_after_an_opening_adverbial_is_the_subject_of_a_participle_cue()
    {
        var found = Single("At the time, she released a statement saying, “The harbour will stay open all winter.”");
        Assert.Equal("she", found.Speaker);
    }

    [Fact]
    public void Put_it_before_a_quotation_credits_its_subject()
    {
        var found = Single("As Berg put it: “Nobody wants a bridge that goes nowhere.”");
        Assert.Equal("Berg", found.Speaker);
    }

    [Fact]
    public void A_quotation_that_opens_the_sentence_after_a_reported_quotation_goes_on_with_it()
    {
        var found = Single("“The harbour is blatant politics” in the council, Berg said in an interview. “This bill is the end of it.”");
        Assert.Equal("Berg", found.Speaker);
        Assert.EndsWith("This bill is the end of it.", found.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_of_saying_after_the_speaker_starts_a_statement_of_its_own()
    {
        var found = Extract("“We cannot pay for the ferry,” Berg said, adding later, “The bridge costs us a fortune.”");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("Berg", f.Speaker));
    }

    [Fact]
    public void Reported_speech_before_a_quotation_paragraph_is_a_statement_of_its_own()
    {
        var found = Extract("Ferry news\n\nBerg said the ferry will run all winter.\n\n“Nobody wants a bridge that goes nowhere,” she said.\n");
        Assert.Equal(2, found.Count);
        Assert.Equal(("the ferry will run all winter", "Berg"), (found[0].Content, found[0].Speaker));
    }

    [Fact]
    public void A_continued_quotation_with_its_own_attribution_in_the_closing_paragraph_is_a_new_statement()
    {
        var found = Extract("Ferry news\n\n“The pier is unsafe,” Berg said. “Nobody should stand on it.\n\n“The bridge is a waste of money,” she said. “We need boats.”\n");
        Assert.Equal(2, found.Count);
        Assert.Equal("The pier is unsafe, | Nobody should stand on it.", found[0].Content);
        Assert.Equal("The bridge is a waste of money, | We need boats.", found[1].Content);
    }

    [Theory]
    [InlineData("Berg said on Radio North's “Harbour Hour” that the ferry will run all winter.")]
    [InlineData("On Radio North's “Harbour Hour,” Berg said that the ferry will run all winter.")]
    public void A_title_after_a_possessive_is_no_quotation(string text)
    {
        var found = Single(text);
        Assert.Equal(("that the ferry will run all winter", "Berg"), (found.Content, found.Speaker));
    }

    [Theory]
    [InlineData("The council cut the ferry, which Berg said was a mistake.", "which | was a mistake")]
    [InlineData("The timetable changes, which officials said will start in May, will not touch the night boat.", "which | will start in May")]
    public void A_cue_inside_a_relative_clause_credits_the_pronoun_and_the_verb_after_it(string text, string content)
    {
        var found = Single(text);
        Assert.Equal(content, found.Content);
    }

    [Theory]
    [InlineData("About four in 10 said the ferry should run all winter.", "About four in 10")]
    [InlineData("Among islanders, 26% say the ferry should run all winter.", "26%")]
    public void A_share_of_those_polled_is_a_subject(string text, string speaker)
    {
        var found = Single(text);
        Assert.Equal(("the ferry should run all winter", speaker), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_question_put_to_someone_is_credited_to_the_one_who_asked()
    {
        var found = Extract("When asked by a reporter whether the ferry would run all winter, Berg said the council would decide.");
        Assert.Equal(2, found.Count);
        Assert.Equal(("whether the ferry would run all winter", "a reporter"), (found[0].Content, found[0].Speaker));
        Assert.Equal(("the council would decide", "Berg"), (found[1].Content, found[1].Speaker));
    }

    [Fact]
    public void A_participle_of_saying_after_a_statement_noun_credits_the_subject()
    {
        var found = Single("On Saturday, Berg issued a statement saying that the ferry would run all winter.");
        Assert.Equal(("that the ferry would run all winter", "Berg"), (found.Content, found.Speaker));
    }

    [Fact]
    public void Quotations_linked_by_a_short_word_after_their_cue_are_one_clause()
    {
        var found = Single("Berg says “the ferry is late” because “the council never paid for the engines.”");
        Assert.Equal("the ferry is late” because “the council never paid for the engines.", found.Content);
        Assert.Equal("Berg", found.Speaker);
    }

    [Theory]
    [InlineData("Berg railed against the new timetable.", "the new timetable")]
    [InlineData("Berg called on the council to pay for the engines.", "the council to pay for the engines")]
    [InlineData("Berg wrote about the new timetable.", "about the new timetable")]
    public void A_particle_that_makes_one_verb_with_the_cue_is_left_out_of_the_content(string text, string content)
    {
        Assert.Equal(content, Single(text).Content);
    }
    [Fact]
    public void A_quotation_after_a_sentence_closed_by_its_attribution_goes_on_with_that_statement()
    {
        var found = Single("The council may wait for the spring tides, Berg said. “Nobody wants to rebuild the pier twice.”");
        Assert.Equal("The council may wait for the spring tides | Nobody wants to rebuild the pier twice.", found.Content);
        Assert.Equal("Berg", found.Speaker);
    }

    [Fact]
    public void A_second_verb_of_saying_shares_the_subject_of_the_clause()
    {
        var found = Single("Berg put down the timetable and joked, “The ferry keeps island time.”");
        Assert.Equal(("The ferry keeps island time.", "Berg"), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_relative_clause_after_the_subject_that_opens_the_sentence_belongs_to_the_subject()
    {
        var found = Single("The harbour board, which meets on Fridays, argues that “the pier cannot wait another winter.”");
        Assert.Equal("The harbour board, which meets on Fridays", found.Speaker);
    }

    [Theory]
    [InlineData("Berg appeared to suggest that the ferry would stop in winter.", "Berg", "that the ferry would stop in winter")]
    [InlineData("Island voters are slightly more likely to say that the ferry is late.", "Island voters", "that the ferry is late")]
    public void A_cue_after_a_raising_verb_credits_the_subject_of_the_raising_verb(string text, string speaker, string content)
    {
        var found = Single(text);
        Assert.Equal((content, speaker), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_raising_verb_with_no_cue_after_it_names_no_source()
    {
        var found = Single("Berg is expected to open the new pier in May.");
        Assert.Equal(("Berg | to open the new pier in May", null), (found.Content, found.Speaker));
    }
    [Theory]
    [InlineData("The harbour board is warning islanders that the ferry will stop in winter.", "The harbour board", "that the ferry will stop in winter")]
    [InlineData("Berg isn't saying whether the council will pay for the engines.", "Berg", "whether the council will pay for the engines")]
    [InlineData("Berg has been saying for weeks that the engines are worn out.", "Berg", "that the engines are worn out")]
    public void A_cue_in_the_progressive_is_a_verb_with_its_own_subject(string text, string speaker, string content)
    {
        var found = Single(text);
        Assert.Equal((content, speaker), (found.Content, found.Speaker));
    }

    [Fact]
    public void A_participle_after_a_comma_still_takes_the_subject_of_the_clause()
    {
        var found = Single("Berg left the meeting early, warning that the ferry will stop in winter.");
        Assert.Equal(("that the ferry will stop in winter", "Berg"), (found.Content, found.Speaker));
    }
    [Fact]
    public void A_participle_of_more_than_one_word_takes_the_speaker_of_its_sentence()
    {
        var found = Extract("“It will not last the winter,” Berg said, referring to the new harbour wall.");
        Assert.Equal(2, found.Count);
        Assert.Equal(("It will not last the winter,", "Berg"), (found[0].Content, found[0].Speaker));
        Assert.Equal(("the new harbour wall", "Berg"), (found[1].Content, found[1].Speaker));
    }
    [Theory]
    [InlineData("The new advert slams the council for the late ferry.", "The new advert", "the council for the late ferry")]
    [InlineData("Berg is thanking islanders for their patience.", "Berg", "islanders for their patience")]
    [InlineData("Berg left early, stating that the ferry will run all winter.", "Berg", "that the ferry will run all winter")]
    public void Every_form_of_a_lexicon_verb_is_a_cue(string text, string speaker, string content)
    {
        var found = Single(text);
        Assert.Equal((content, speaker), (found.Content, found.Speaker));
    }
    [Fact]
    public void Reportedly_leaves_the_claim_around_it_with_no_source()
    {
        var found = Single("The ferry company is reportedly selling two of its boats.");
        Assert.Equal(("The ferry company is | selling two of its boats", null), (found.Content, found.Speaker));
    }
    [Theory]
    [InlineData("Over the winter, according to the harbour office, the ferry ran late on most days.", "the harbour office", "Over the winter | the ferry ran late on most days")]
    [InlineData("The ferry is late, according to Berg, because the council never paid for the engines.", "Berg", "The ferry is late | because the council never paid for the engines")]
    [InlineData("The ferry is late, according to Anna Berg, a harbour pilot, who has sailed it for years.", "Anna Berg, a harbour pilot, who has sailed it for years", "The ferry is late")]
    public void A_source_after_according_to_in_mid_sentence_ends_where_the_clause_goes_on(string text, string speaker, string content)
    {
        var found = Single(text);
        Assert.Equal((content, speaker), (found.Content, found.Speaker));
    }
}
