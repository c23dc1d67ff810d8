using Attribution.Semantics;

namespace Attribution.Analyzers.Rules.Sources;

/// <summary>The identities of one model's speakers, each read once: a rule comparing statements in pairs asks for the same one many times.</summary>
internal sealed class SpeakerIdentities(SemanticModel model)
{
    private readonly Dictionary<Statement, SpeakerIdentity?> _known = new(ReferenceEqualityComparer.Instance);

    /// <summary>The identity of the statement's speaker (<see cref="SpeakerIdentity.Of"/>); null when there is no speaker or the text does not say who it is.</summary>
    public SpeakerIdentity? Of(Statement statement)
    {
        if (statement.Speaker is null)
        {
            return null;
        }
        if (!_known.TryGetValue(statement, out var identity))
        {
            _known[statement] = identity = SpeakerIdentity.Of(model, statement);
        }
        return identity;
    }
}
