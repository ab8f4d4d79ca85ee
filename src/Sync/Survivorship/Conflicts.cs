namespace Hub.Sync.Survivorship;

/// <summary>States of a <c>conflicts</c> row.</summary>
public static class Conflicts
{
    public const string Open = "open";
    public const string Resolved = "resolved";
}
