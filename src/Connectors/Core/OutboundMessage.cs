namespace Hub.Connectors.Core;

/// <summary>Something the hub sends to a partner: a kind the connector knows (e.g. <c>accompagnement</c>) and its typed DTO.</summary>
public sealed record OutboundMessage(string Kind, object Dto);
