namespace Hub.Sync.Survivorship;

/// <summary>Who set a field and when (the source's change time when it tells one, else when the hub received it).</summary>
public sealed record FieldStamp(string Source, DateTimeOffset ChangedAt);
