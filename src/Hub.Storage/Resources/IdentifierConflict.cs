namespace Hub.Storage.Resources;

/// <summary>An identifier already held by another resource of the same type.</summary>
public sealed record IdentifierConflict(string System, string Value, string ExistingResourceId);
