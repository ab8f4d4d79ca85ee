using System.Text.Json.Nodes;

namespace Hub.Api.Features.Resources;

/// <summary>A request body that passed every check: size, media type, UTF-8, JSON syntax, resource type and schema.</summary>
internal sealed record ResourceBody(JsonObject Resource, string Text);
