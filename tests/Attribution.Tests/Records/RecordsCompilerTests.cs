using Attribution.Lexicon;
using Attribution.Records;
using Attribution.RecordsCompiler;

namespace Attribution.Tests.Records;

/// <summary>The records compiler on a small copy of the record files: what it keeps, merges and writes.</summary>
public sealed class RecordsCompilerTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string WriteRecords()
    {
        _directory.Write("records/README.md", "Records (snapshot of June 2026), CC0.\n");
        _directory.Write("records/executive.yaml", """
            - id: { bioguide: B000444 }
              name: { first: Joseph, middle: R., last: Biden, suffix: Jr. }
              terms:
              - { type: viceprez, start: '2009-01-20', end: '2013-01-20' }
              - { type: viceprez, start: '2013-01-20', end: '2017-01-20' }
            """);
        _directory.Write("records/legislators-current.yaml", """
            - id: { bioguide: S000148 }
              name: { first: Charles, middle: E., nickname: Chuck, last: Schumer, official_full: Charles E. Schumer }
              leadership_roles:
              - { title: Senate Minority Leader, chamber: senate, start: '2017-01-03', end: '2021-01-20' }
              - { title: Senate Democratic Conference Vice Chair, chamber: senate, start: '2007-01-04', end: '2017-01-03' }
              terms:
              - { type: sen, start: '1999-01-06', end: '2005-01-03', state: NY }
              - { type: sen, start: '2005-01-04', end: '2011-01-03', state: NY }
            """);
        _directory.Write("records/legislators-historical.csv",
            "last_name,first_name,middle_name,suffix,nickname,full_name,type,state,bioguide_id\n"
            + "Biden,Joseph,R.,Jr.,,,sen,DE,B000444\n"
            + "\"O'Neill\",Thomas,P.,Jr.,Tip,,rep,MA,O000098\n");
        return Path.Combine(_directory.Path, "records");
    }

    [Fact]
    public void Merges_one_person_per_id_and_keeps_only_the_posts_the_rule_asks_about()
    {
        var (people, snapshot) = RecordsReader.Read(WriteRecords());
        Assert.Equal("2026-06", snapshot);
        Assert.Equal(3, people.Count);
        var biden = people[0];
        Assert.Equal(("Joseph", "Jr."), (biden.First, biden.Suffix));
        Assert.Equal([RecordOffice.VicePresident, RecordOffice.VicePresident, RecordOffice.Senator], biden.Terms.Select(t => t.Office));
        Assert.False(biden.Terms[2].IsDated);
        Assert.Equal("Vice President from 2009-01-20 to 2017-01-20", Assert.Single(biden.OfficeSpans).ToString());
        var schumer = people[1];
        Assert.True(schumer.LeadershipKnown);
        Assert.Equal("Senate Minority Leader from 2017-01-03 to 2021-01-20", Assert.Single(schumer.PostSpans).ToString());
        Assert.Equal("Senator (NY) from 1999-01-06 to 2011-01-03", Assert.Single(schumer.OfficeSpans).ToString());
        Assert.Equal(("O'Neill", "Tip"), (people[2].Last, people[2].Nickname));
    }

    private static PublicRecords WriteAndOpen(IReadOnlyList<RecordPerson> people, string snapshot)
    {
        var stream = new MemoryStream();
        RecordsWriter.Write(stream, snapshot, people);
        stream.Position = 0;
        return new PublicRecords(PublicRecordsFormat.Open(stream), NicknameLexicon.Default);
    }

    [Fact]
    public void What_it_writes_reads_back_the_same_and_finds_people_by_their_names()
    {
        var (people, snapshot) = RecordsReader.Read(WriteRecords());
        var records = WriteAndOpen(people, snapshot!);
        Assert.Equal("2026-06", records.Snapshot);
        foreach (var person in people)
        {
            var read = Assert.Single(records.WithSurname(person.Last));
            Assert.Equal((person.Name, person.Suffix, person.LeadershipKnown), (read.Name, read.Suffix, read.LeadershipKnown));
            Assert.Equal(person.Terms, read.Terms);
            Assert.Equal(person.Roles, read.Roles);
        }
        Assert.Equal("Charles E. Schumer", Assert.Single(records.Named(["Chuck", "Schumer"], null)).Name);
        Assert.Single(records.Named(["Joe", "Biden"], null));
        Assert.Single(records.Named(["Tip", "O’Neill"], null));
        Assert.Empty(records.Named(["Hunter", "Biden"], null));
        Assert.Empty(records.Named(["Joe", "Biden"], "III"));
        Assert.Empty(records.WithSurname("Washington"));
    }

    [Fact]
    public void Finds_every_surname_among_many_chunks_and_hands_out_the_same_people_each_time()
    {
        // Enough people for many chunks, with surnames that sort before, between and after one another.
        var people = Enumerable.Range(0, 3000)
            .Select(i => new RecordPerson($"Given{i}", null, $"Surname{i % 1500:D4}", null, null, null, false,
                [new RecordTerm(RecordOffice.Representative, "NY", new DateOnly(1900, 1, 1).AddDays(i), new DateOnly(1902, 1, 1).AddDays(i))], []))
            .ToList();
        var records = WriteAndOpen(people, "2026-06");
        Parallel.For(0, 1500, i =>
        {
            var found = records.WithSurname($"Surname{i:D4}");
            Assert.Equal([$"Given{i}", $"Given{i + 1500}"], found.Select(p => p.First));
            Assert.Same(found[0], records.WithSurname($"SURNAME{i:D4}")[0]);
        });
        Assert.Empty(records.WithSurname("Aaron"));
        Assert.Empty(records.WithSurname("Surname1500"));
        Assert.Empty(records.WithSurname("Zyzzyva"));
    }

    [Fact]
    public void The_same_records_make_the_same_bytes()
    {
        var (people, snapshot) = RecordsReader.Read(WriteRecords());
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        RecordsWriter.Write(first, snapshot!, people);
        RecordsWriter.Write(second, snapshot!, RecordsReader.Read(WriteRecords()).People);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Refuses_a_stream_that_is_not_records()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not records"u8);
        }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => PublicRecordsFormat.Open(stream));
    }
}
