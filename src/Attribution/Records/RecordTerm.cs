namespace Attribution.Records;

/// <summary>The federal offices the public records date.</summary>
public enum RecordOffice : byte
{
    President,
    VicePresident,
    Senator,
    Representative,
}

/// <summary>The leadership posts of Congress the public records date.</summary>
public enum LeadershipPost : byte
{
    Speaker,
    MajorityLeader,
    MinorityLeader,
    MajorityWhip,
    MinorityWhip,
}

public enum Chamber : byte
{
    Senate,
    House,
}

/// <summary>
/// One term in a federal office. <see cref="Start"/> and <see cref="End"/> are null where the records do not date
/// it (a former member's last term: the office is known, not when it was held).
/// </summary>
public sealed record RecordTerm(RecordOffice Office, string? State, DateOnly? Start, DateOnly? End)
{
    public bool IsDated => Start is not null && End is not null;

    /// <summary>How messages name the office: "Senator (NY)", "President".</summary>
    public string Describe() => State is null ? Name(Office) : $"{Name(Office)} ({State})";

    public static string Name(RecordOffice office) => office switch
    {
        RecordOffice.President => "President",
        RecordOffice.VicePresident => "Vice President",
        RecordOffice.Senator => "Senator",
        _ => "Representative",
    };
}

/// <summary>A leadership post held in one chamber from <see cref="Start"/> to <see cref="End"/> (null: still held at the snapshot).</summary>
public sealed record RecordRole(LeadershipPost Post, Chamber Chamber, DateOnly Start, DateOnly? End)
{
    public string Describe() => (Post, Chamber) switch
    {
        (LeadershipPost.Speaker, _) => "Speaker of the House",
        (LeadershipPost.MajorityLeader, var c) => $"{c} Majority Leader",
        (LeadershipPost.MinorityLeader, var c) => $"{c} Minority Leader",
        (LeadershipPost.MajorityWhip, var c) => $"{c} Majority Whip",
        (LeadershipPost.MinorityWhip, var c) => $"{c} Minority Whip",
        _ => Post.ToString(),
    };
}
