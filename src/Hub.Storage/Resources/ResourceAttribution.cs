namespace Hub.Storage.Resources;

/// <summary>Who a write speaks for: the fields it changes are stamped with this source and change time.</summary>
/// <param name="Source">A connector name (<c>siao</c>...) or <see cref="Hub"/>.</param>
/// <param name="ChangedAt">The source's own change time when it tells one, else when the hub received the write.</param>
public sealed record ResourceAttribution(string Source, DateTimeOffset? ChangedAt)
{
    /// <summary>Writes through the resource API: the coordinator, in the hub itself.</summary>
    public const string Hub = "hub";
}
