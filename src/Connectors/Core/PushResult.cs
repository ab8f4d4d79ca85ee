using System.Net;

namespace Hub.Connectors.Core;

/// <summary>What the partner answered to a push: accepted (first time or replayed), with its own reference when it gives one.</summary>
public sealed record PushResult(HttpStatusCode Status, bool Replayed, string? PartnerReference);
