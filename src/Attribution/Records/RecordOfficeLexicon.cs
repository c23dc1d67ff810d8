using Attribution.Lexicon;

namespace Attribution.Records;

/// <summary>What the public records are asked about a title of one office (see <c>public-record-offices.txt</c>).</summary>
/// <param name="Office">The federal office whose terms decide, or null for a leadership post.</param>
/// <param name="Posts">The leadership posts that decide, for a post's title.</param>
/// <param name="Elsewhere">An office outside the records: a person given it is not checked.</param>
public sealed record RecordQuestion(RecordOffice? Office, IReadOnlyList<LeadershipPost> Posts, bool Elsewhere = false)
{
    public bool IsPost => Posts.Count > 0;
}

/// <summary>The offices of the office lexicon that the public records speak about, from <c>public-record-offices.txt</c>.</summary>
public sealed class RecordOfficeLexicon
{
    private readonly Dictionary<string, RecordQuestion> _byOffice = new(StringComparer.Ordinal);

    public RecordOfficeLexicon(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new FormatException($"A record office line needs 'office id | question': '{line}'");
            }
            _byOffice[parts[0]] = parts[1] switch
            {
                "president" => new RecordQuestion(RecordOffice.President, []),
                "vice-president" => new RecordQuestion(RecordOffice.VicePresident, []),
                "senator" => new RecordQuestion(RecordOffice.Senator, []),
                "representative" => new RecordQuestion(RecordOffice.Representative, []),
                "speaker" => new RecordQuestion(null, [LeadershipPost.Speaker]),
                "majority-leader" => new RecordQuestion(null, [LeadershipPost.MajorityLeader]),
                "minority-leader" => new RecordQuestion(null, [LeadershipPost.MinorityLeader]),
                "whip" => new RecordQuestion(null, [LeadershipPost.MajorityWhip, LeadershipPost.MinorityWhip]),
                "elsewhere" => new RecordQuestion(null, [], Elsewhere: true),
                var other => throw new FormatException($"Unknown record question '{other}' in '{line}'"),
            };
        }
    }

    public static RecordOfficeLexicon Default { get; } = new(LexiconResource.ReadLines("public-record-offices.txt"));

    /// <summary>What the records are asked about a title of the office, or null when they say nothing of it.</summary>
    public RecordQuestion? For(string officeId) => _byOffice.GetValueOrDefault(officeId);
}
