namespace Hub.Sync.Routing;

/// <summary>
/// One routing rule from <c>Hub:Sync:Routes</c>: canonical changes of <see cref="ResourceType"/> coming from one of
/// <see cref="From"/> go to <see cref="To"/> as message <see cref="Kind"/>, when every <see cref="When"/> condition holds
/// (a dotted JSON path → the expected string value, e.g. <c>destination.code = LDA</c>).
/// </summary>
public sealed class RouteRule
{
    /// <summary>Defaults to the rule's key under <c>Hub:Sync:Routes</c>.</summary>
    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    public string ResourceType { get; set; } = "";

    /// <summary>Origins the rule listens to (<c>siao</c>, <c>solis</c>, <c>caf</c>, <c>cpam</c>, <c>hub</c>); empty = any.</summary>
    public List<string> From { get; set; } = [];

    public string To { get; set; } = "";

    public string Kind { get; set; } = "";

    /// <summary>The consent purpose this flow serves (checked before delivery).</summary>
    public string Purpose { get; set; } = "coordination";

    public Dictionary<string, string> When { get; set; } = [];
}
