namespace Hub.Storage.Entities;

/// <summary>
/// Search index: every reference a current resource makes (<c>Consent.person → Household/42</c>), so "what points at
/// this household" is one indexed query (consents before a push, a household's timeline, references to follow on merge).
/// </summary>
public sealed class ResourceReferenceRow
{
    public required string SourceType { get; set; }

    public required string SourceId { get; set; }

    /// <summary>The JSON path of the reference, without array positions (e.g. <c>member.person</c>).</summary>
    public required string Path { get; set; }

    public required string TargetType { get; set; }

    public required string TargetId { get; set; }
}
